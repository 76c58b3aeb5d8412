package org.joinedup.api.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 row trigger installed on {@code audit_log} for UPDATE and DELETE (migration V2.1): refuses the change so
 * the audit log stays append-only even if some code path, or someone with a SQL console, tries to rewrite it.
 * Public with a public constructor because H2 instantiates it by class name.
 */
public final class AppendOnlyTrigger implements Trigger {

    private String table = "audit_log";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
            "42000");
    }
}

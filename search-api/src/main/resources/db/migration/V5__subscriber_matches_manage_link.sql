-- A vacancy reaches an address at most once, however many of its alerts match it (alert_sent_matches alone
-- guaranteed that per alert only). subscriber_key is the HMAC of the lower-cased address, as in alerts.
CREATE TABLE subscriber_sent_matches (
    subscriber_key VARCHAR(64)  NOT NULL,
    vacancy_id     VARCHAR(400) NOT NULL,
    matched_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subscriber_key, vacancy_id)
);
INSERT INTO subscriber_sent_matches (subscriber_key, vacancy_id, matched_at)
    SELECT a.subscriber_key, m.vacancy_id, MIN(m.matched_at)
    FROM alert_sent_matches m JOIN alerts a ON a.id = m.alert_id
    GROUP BY a.subscriber_key, m.vacancy_id;

-- When an address last had its manage link mailed on request ("e-mail me my manage link"): at most one such
-- mail per address per alerts.manageLinkInterval. Deleted with the address's last alert.
CREATE TABLE manage_link_requests (
    subscriber_key VARCHAR(64) NOT NULL PRIMARY KEY,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

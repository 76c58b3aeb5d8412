package org.joinedup.bench.quality;

import java.nio.file.Path;
import org.joinedup.bench.measure.MachineNote;

/**
 * Quality figures: {@code QualityBench [generatedDocs=20000]}. Language-ID accuracy on the analyzers' labelled
 * titles, and dedup precision/recall/F1 of the pipeline on generated re-listings. (Dedup on the dedup team's
 * labelled pair set runs through their DedupEvaluation once it is on main.)
 */
public final class QualityBench {
    private QualityBench() {
    }

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 20_000;
        System.out.println("QualityBench: " + MachineNote.describe());
        LanguageIdAccuracy.run(Path.of("analyzers", "src", "test", "resources", "langid", "titles.tsv"));
        DedupOnGenerated.run(docs);
    }
}

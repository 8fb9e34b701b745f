package io.yudex.auditlog;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The offline verifier: {@code java -jar yudex-audit-verify.jar log <export.json>... <public-key>} checks whole exports
 * (or archived segments), {@code ... entry <receipt.json> <public-key>} one entry with its inclusion proof. The public
 * key is the hex SM2 point or a file holding it. Exit status 0 when everything verifies, 1 on tampering, 2 on bad
 * usage or an unreadable file.
 */
public final class VerifyCommand {

    static final int OK = 0;
    static final int TAMPERED = 1;
    static final int USAGE = 2;

    private VerifyCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status instead of exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 3 || !(args[0].equals("log") || args[0].equals("entry"))) {
            err.println("usage: java -jar yudex-audit-verify.jar log <export.json>... <public-key-hex|file>");
            err.println("       java -jar yudex-audit-verify.jar entry <receipt.json> <public-key-hex|file>");
            return USAGE;
        }
        String key;
        try {
            key = key(args[args.length - 1]);
        } catch (Exception e) {
            err.println("cannot read the public key: " + e.getMessage());
            return USAGE;
        }
        int status = OK;
        for (int i = 1; i < args.length - 1; i++) {
            Path file = Path.of(args[i]);
            ExportVerifier.Report report;
            try {
                report = args[0].equals("log") ? ExportVerifier.verify(AuditJson.read(file, AuditExport.class), key)
                        : ExportVerifier.verify(AuditJson.read(file, EntryReceipt.class), key);
            } catch (RuntimeException e) {
                err.println(file + ": UNREADABLE: " + e.getMessage());
                return USAGE;
            }
            report.notes().forEach(n -> out.println(file + ": note: " + n));
            if (report.ok()) {
                out.println(file + ": OK: " + report.entries() + " entries, " + report.checkpointsChecked() + " signed checkpoint(s) verified");
            } else {
                report.problems().forEach(p -> err.println(file + ": TAMPERED: " + p));
                status = TAMPERED;
            }
        }
        return status;
    }

    private static String key(String arg) throws Exception {
        String k = arg.matches("(?i)[0-9a-f]{130}") ? arg : Files.readString(Path.of(arg)).strip();
        if (!k.matches("(?i)[0-9a-f]{130}")) {
            throw new IllegalArgumentException("expected 130 hex digits (an uncompressed SM2 point)");
        }
        return k;
    }
}

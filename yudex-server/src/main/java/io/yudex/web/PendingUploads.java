package io.yudex.web;

import io.yudex.ingest.batch.Upload;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Uploads saved but not yet loaded, waiting in the user's session while the column mapping is reviewed. A few per
 * session at most; the oldest is forgotten first (its file goes with the upload clean-up).
 */
final class PendingUploads {

    private static final String ATTRIBUTE = PendingUploads.class.getName();
    private static final int MAX = 5;

    private final Map<String, Upload> uploads;

    private PendingUploads(Map<String, Upload> uploads) {
        this.uploads = uploads;
    }

    @SuppressWarnings("unchecked")
    static PendingUploads of(HttpSession session) {
        synchronized (session) {
            var map = (Map<String, Upload>) session.getAttribute(ATTRIBUTE);
            if (map == null) {
                map = new LinkedHashMap<>();
                session.setAttribute(ATTRIBUTE, map);
            }
            return new PendingUploads(map);
        }
    }

    String put(Upload upload) {
        synchronized (uploads) {
            while (uploads.size() >= MAX) {
                uploads.remove(uploads.keySet().iterator().next());
            }
            String token = UUID.randomUUID().toString();
            uploads.put(token, upload);
            return token;
        }
    }

    /** The upload, or null when the token is unknown (expired session, another user's token). */
    Upload get(String token) {
        synchronized (uploads) {
            return uploads.get(token);
        }
    }

    void remove(String token) {
        synchronized (uploads) {
            uploads.remove(token);
        }
    }
}

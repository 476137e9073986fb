-- Records dashboard (issue 12): how many lessons of each current module version a trainee has read
-- in its wording, one row per trainee and version with at least one. The dashboard's "not started",
-- "in progress" and "ready for the quiz" filters read this one row instead of probing every lesson.
-- progress.control.ModuleReadings keeps it: counted again when the trainee reads a lesson, and for
-- a version that becomes current when the curriculum is loaded; rows of retired versions are removed.
CREATE TABLE module_reading (
    account_id        BIGINT  NOT NULL REFERENCES account (id),
    module_version_id BIGINT  NOT NULL REFERENCES module_version (id),
    lessons_read      INTEGER NOT NULL,
    CONSTRAINT module_reading_pk PRIMARY KEY (account_id, module_version_id)
);
CREATE INDEX module_reading_version ON module_reading (module_version_id);

INSERT INTO module_reading (account_id, module_version_id, lessons_read)
SELECT lc.account_id, l.module_version_id, COUNT(*)
FROM lesson_completion lc, lesson l, module_version v
WHERE v.is_current = TRUE AND l.module_version_id = v.id AND lc.module_key = v.module_key
    AND lc.lesson_slug = l.slug AND lc.content_hash = l.content_hash
GROUP BY lc.account_id, l.module_version_id;

-- All certificates, newest first, a page at a time (issue 12): an index in that order, so that
-- Derby reads a page from the index rather than sorting every certificate (it does not read an
-- ascending index backwards for ORDER BY ... DESC). It replaces V14's ascending one.
DROP INDEX certificate_issued;
CREATE INDEX certificate_newest ON certificate (issued_at DESC, id DESC);

-- Hand-written: the organisation page is cached by the data version too
-- (src/server/organisations/get-organisation-history-cached.ts), and it also shows the
-- support received and the members of a union: their writes must move the version.
CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SupportReceived"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

CREATE TRIGGER "ktt_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "UnionMembership"
    FOR EACH STATEMENT EXECUTE FUNCTION "ktt_record_data_change"();

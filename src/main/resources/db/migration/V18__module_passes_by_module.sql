-- Records overview (issue 12): how many accounts passed each module, counted from an index on
-- (module, account) alone.
CREATE INDEX module_pass_module ON module_pass (module_key, account_id);

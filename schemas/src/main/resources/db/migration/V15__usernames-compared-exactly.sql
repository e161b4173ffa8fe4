-- Usernames are normalised by the application (NFC, trimmed, lower case) and then compared exactly: under the
-- accent-insensitive table collation 'ádmin' found the user 'admin'. Names stored before were lower case already
-- (demo accounts) or ASCII (the creation form allowed only letters, digits and . _ @ -); a first admin named with
-- capitals or spaces through CLEARCHAIN_BOOTSTRAP_ADMIN is folded here. The case-insensitive unique key guarantees
-- that folding cannot make two rows equal.
UPDATE app_user SET username = LOWER(TRIM(username)) WHERE username <> LOWER(TRIM(username)) COLLATE utf8mb4_bin;
ALTER TABLE app_user MODIFY username VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

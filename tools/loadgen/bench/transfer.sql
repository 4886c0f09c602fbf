\set a random(1, :users)
\set b random(1, :users)
BEGIN;
SELECT id, balance FROM users WHERE id = ANY(ARRAY[:a, :b]::bigint[]) ORDER BY id FOR UPDATE;
UPDATE users SET balance = balance - 0.01 WHERE id = :a;
UPDATE users SET balance = balance + 0.01 WHERE id = :b;
COMMIT;

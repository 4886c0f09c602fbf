\set a random(1, 1000)
\set b random(1, 1000)
BEGIN;
SELECT id, balance FROM users WHERE id = ANY(ARRAY[:a, :b]::bigint[]) ORDER BY id FOR UPDATE;
UPDATE users SET balance = balance - 0.01 WHERE id = :a;
UPDATE users SET balance = balance + 0.01 WHERE id = :b;
COMMIT;

\set id random(1, 1000)
SELECT id, name, email, balance FROM users WHERE id = :id;

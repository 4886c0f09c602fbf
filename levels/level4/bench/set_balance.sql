\set id random(1, 1000)
UPDATE users SET balance = 1000 WHERE id = :id RETURNING id, name, email, balance;

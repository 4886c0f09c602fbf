\set id random(1, :users)
UPDATE users SET balance = 1000 WHERE id = :id RETURNING id, name, email, balance;

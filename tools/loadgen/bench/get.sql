\set id random(1, :users)
SELECT id, name, email, balance FROM users WHERE id = :id;

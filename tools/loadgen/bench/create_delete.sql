\set n random(1, 1000000000)
INSERT INTO users (name, email) VALUES ('Load', 'load-' || :n || '-' || :client_id || '@example.com') RETURNING id \gset
DELETE FROM users WHERE id = :id;

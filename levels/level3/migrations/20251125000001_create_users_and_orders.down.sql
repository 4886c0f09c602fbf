DROP TABLE audit_log;
DROP TABLE orders;
DROP TABLE users;

//! The checks of level 2: one module per exercise, named like the exercise, so
//! `cargo test -p level2 transfer_sqlx` checks one exercise. Checks written once for both
//! tracks live in `shared/`.

mod shared;
mod support;

mod pool_config_diesel;
mod pool_config_sqlx;
mod serializable_retry_diesel;
mod serializable_retry_sqlx;
mod transfer_diesel;
mod transfer_sqlx;

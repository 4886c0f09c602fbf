//! The reference store and transfer handler (`solutions/level4/`), compiled into the checks
//! for the checks that belong to no exercise but need a service that works: they must pass
//! whatever the learner's files hold (verify runs them on the shipped exercises too), so they
//! must not run the learner's `todo!()`s. The answers say `crate::store` and friends: the
//! checks' crate root brings those in from the library.

use crate::support::Service;

#[path = "../../../../solutions/level4/store_sqlx.rs"]
mod store_sqlx;
#[path = "../../../../solutions/level4/transfer_handler.rs"]
mod transfer_handler;

pub use store_sqlx::SqlxStore;

/// The service with the reference store and transfer handler, on a sqlx pool of `pool`.
pub async fn service(pool: sqlx::PgPool) -> Service {
    Service::serve(level4::http::router_with(
        SqlxStore::new(pool),
        transfer_handler::transfer::<SqlxStore>,
    ))
    .await
}

//! The checks of level 4. The store's behaviour and the HTTP contract are written once
//! (`shared/`) and run against both stores (`store_sqlx`, `store_diesel`): the two tracks
//! must answer the same, to the byte. `transfer_handler` checks `POST /transfers` over HTTP.

mod shared;
mod support;

mod demo;
mod keep_alive;
mod loadgen;
mod pools_check_connections;
mod prepared;
mod shutdown;
mod store_diesel;
mod store_sqlx;
mod transfer_handler;

//! Right answer to `sql_injection_sqlx`: sqlx's `QueryBuilder`, whose `push_bind` sends each
//! value as a bind parameter.

use sqlx::{PgPool, Postgres, QueryBuilder};

use crate::error::PitfallError;

/// Add a user with this name and email.
pub async fn add_user(pool: &PgPool, name: &str, email: &str) -> Result<(), PitfallError> {
    let mut insert: QueryBuilder<Postgres> =
        QueryBuilder::new("INSERT INTO users (name, email) VALUES (");
    insert.push_bind(name);
    insert.push(", ");
    insert.push_bind(email);
    insert.push(")");
    insert.build().execute(pool).await?;
    Ok(())
}

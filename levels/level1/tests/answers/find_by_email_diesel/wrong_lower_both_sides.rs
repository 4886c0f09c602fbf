//! Wrong answer to `find_by_email_diesel`: compares `lower(email) = lower($1)`, so of two users
//! whose emails differ only in case, the lookup finds whichever comes first.
//!
//! Rejected with: "only the exact email should match"

use diesel::prelude::*;
use diesel::sql_types::Text;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::models::User;
use crate::schema::users;

define_sql_function!(fn lower(x: Text) -> Text);

/// The user with this email, if there is one.
pub async fn find_user_by_email(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> QueryResult<Option<User>> {
    users::table
        .filter(lower(users::email).eq(lower(email)))
        .select(User::as_select())
        .first(conn)
        .await
        .optional()
}

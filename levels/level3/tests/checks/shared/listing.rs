//! The users-with-orders listing: `n_plus_one_*`.
//!
//! The data is built so that only a right answer gets it right:
//!
//! - rows are stored in an order that is not id order (users shuffled, each user's orders in
//!   descending id order), so a query without `ORDER BY id`, which returns rows as they lie on
//!   disk, comes back in the wrong order every time;
//! - names, emails and items do not sort like the ids (`ORDER BY name` or `ORDER BY email` is
//!   not `ORDER BY id`), and every fourth user has no orders (an inner JOIN loses them);
//! - the listing runs twice, with 30 users and then with 300, and the number of statements
//!   must not grow: one statement per user and one per batch of users both grow.
//!
//! Rows are compared by id, and a failure says which user or order is out of place, in words.

use level3::models::UserWithOrders;
use sqlx::PgPool;

/// One user as the listing must show them: the user's id and the ids of their orders, in id
/// order.
pub type Expected = Vec<(i64, Vec<i64>)>;

const SURNAMES: [&str; 11] = [
    "Okafor",
    "Brandt",
    "Zielinski",
    "Abe",
    "Moreau",
    "Quist",
    "Haddad",
    "Ivanova",
    "Celik",
    "Yamada",
    "Nowak",
];
const ITEMS: [&str; 7] = ["tea", "kettle", "apron", "mug", "zester", "bowl", "ladle"];

/// Store `count` users with ids `first..first + count`, and their orders (`id % 4` each, with
/// ids from `first_order`), in a physical order that is not id order. Returns what the listing
/// of these users must show, in id order.
pub async fn seed(pool: &PgPool, first: i64, count: i64, first_order: i64) -> Expected {
    // Users: a permutation of the ids (7919 is prime and does not divide the counts used).
    let user_ids: Vec<i64> = (0..count).map(|i| first + (i * 7919) % count).collect();
    let names: Vec<String> = user_ids
        .iter()
        .map(|id| format!("{} {id}", SURNAMES[(id * 7 % 11) as usize]))
        .collect();
    let emails: Vec<String> = user_ids
        .iter()
        .map(|id| format!("user{id}@example.com"))
        .collect();
    sqlx::query(
        "INSERT INTO users (id, name, email, balance) \
         SELECT id, name, email, 100 FROM unnest($1::bigint[], $2::text[], $3::text[]) \
             AS u(id, name, email)",
    )
    .bind(&user_ids)
    .bind(&names)
    .bind(&emails)
    .execute(pool)
    .await
    .expect("test setup: seeding users");

    // Orders: ids handed out in user id order, stored in descending id order.
    let mut expected: Expected = Vec::new();
    let mut next_order = first_order;
    for id in first..first + count {
        let orders: Vec<i64> = (0..id % 4).map(|k| next_order + k).collect();
        next_order += orders.len() as i64;
        expected.push((id, orders));
    }
    let mut order_ids: Vec<i64> = Vec::new();
    let mut owners: Vec<i64> = Vec::new();
    for (user, orders) in &expected {
        for order in orders {
            order_ids.push(*order);
            owners.push(*user);
        }
    }
    order_ids.reverse();
    owners.reverse();
    let items: Vec<String> = order_ids
        .iter()
        .map(|id| format!("{} #{id}", ITEMS[(id * 5 % 7) as usize]))
        .collect();
    let amounts: Vec<String> = order_ids
        .iter()
        .map(|id| format!("{}.50", id * 37 % 90 + 1))
        .collect();
    sqlx::query(
        "INSERT INTO orders (id, user_id, item, amount) \
         SELECT id, user_id, item, amount::numeric \
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) \
             AS o(id, user_id, item, amount)",
    )
    .bind(&order_ids)
    .bind(&owners)
    .bind(&items)
    .bind(&amounts)
    .execute(pool)
    .await
    .expect("test setup: seeding orders");
    expected
}

/// The listing shows every user once, in id order, each with exactly their orders in id order.
pub fn check_listing(exercise: &str, expected: &Expected, listed: &[UserWithOrders]) {
    let got_users: Vec<i64> = listed.iter().map(|u| u.user.id).collect();
    let want_users: Vec<i64> = expected.iter().map(|(id, _)| *id).collect();
    let missing: Vec<i64> = want_users
        .iter()
        .filter(|id| !got_users.contains(id))
        .copied()
        .collect();
    if !missing.is_empty() {
        let without_orders = missing
            .iter()
            .filter(|id| expected.iter().any(|(u, o)| u == *id && o.is_empty()))
            .count();
        panic!(
            "[{exercise}] {} of the {} users are missing from the listing (ids {}); {without_orders} \
             of them have no orders. Every user belongs in the listing, with an empty list when \
             they have no orders (an inner JOIN drops them; a LEFT JOIN keeps them).",
            missing.len(),
            want_users.len(),
            sample(&missing),
        );
    }
    if got_users.len() != want_users.len() {
        panic!(
            "[{exercise}] the listing has {} entries for {} users: some users are listed more \
             than once (once per order?). List each user once, with all their orders.",
            got_users.len(),
            want_users.len()
        );
    }
    if let Some(at) = (0..got_users.len()).find(|&i| got_users[i] != want_users[i]) {
        let descending = got_users.windows(2).all(|w| w[0] > w[1]);
        let how = if descending {
            "They come highest id first: the listing goes lowest id first, ORDER BY id (not id \
             DESC)."
        } else {
            "Is the query sorted by id (ORDER BY id)? With no ORDER BY the database returns rows \
             as they lie on disk, which here is not id order; ORDER BY name or email is not id \
             order either."
        };
        panic!(
            "[{exercise}] the users are not in id order: entry {} of the listing is user {}, \
             where user {} belongs (the listing starts {}). {how}",
            at + 1,
            got_users[at],
            want_users[at],
            sample(&got_users)
        );
    }
    for (user, (_, want_orders)) in listed.iter().zip(expected) {
        let got_orders: Vec<i64> = user.orders.iter().map(|o| o.id).collect();
        if got_orders == *want_orders {
            continue;
        }
        let mut sorted = got_orders.clone();
        sorted.sort_unstable();
        if sorted == *want_orders {
            panic!(
                "[{exercise}] the orders of user {} are not in id order: they came back as ids \
                 {got_orders:?}, expected {want_orders:?}. Are they sorted by their own id, \
                 ascending (ORDER BY user_id, id)? With no ORDER BY on it the database returns \
                 them as they lie on disk (here highest id first); ORDER BY id DESC, or by item, \
                 is not id order either.",
                user.user.id
            );
        }
        panic!(
            "[{exercise}] user {} should be listed with their orders {want_orders:?} (ids, in id \
             order), and was listed with {got_orders:?}: orders missing, or another user's.",
            user.user.id
        );
    }
}

/// The number of statements did not grow from the small listing to the large one.
pub fn check_statement_counts(
    exercise: &str,
    small: (usize, &[String]),
    large: (usize, &[String]),
) {
    let (few_users, few) = small;
    let (many_users, many) = large;
    // A negative control: the capture heard the listing at all. Counting nothing twice would
    // pass any answer.
    assert!(
        !few.is_empty() && !many.is_empty(),
        "test setup: no statement of the listing was captured ({} for {few_users} users, {} \
         for {many_users}), so the statements cannot be counted",
        few.len(),
        many.len()
    );
    assert!(
        many.len() <= few.len(),
        "[{exercise}] listing {few_users} users sent {} statements, and listing {many_users} \
         users sent {}: the number of statements grows with the number of users, the N+1 \
         pattern (a query per user, or per batch of users). Its cost grows with every \
         customer. Fetch all the orders in one query (WHERE user_id = ANY($1), or a JOIN) and \
         group them in Rust. The statements for {few_users} users:\n{}",
        few.len(),
        many.len(),
        few.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// The first few ids of a list, for a message.
fn sample(ids: &[i64]) -> String {
    let shown: Vec<String> = ids.iter().take(6).map(i64::to_string).collect();
    if ids.len() > shown.len() {
        format!("{}, ...", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

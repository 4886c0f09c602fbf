//! Learners' passwords: generated here, shown to the instructor once, and sent to the server
//! only as a SCRAM-SHA-256 verifier (what PostgreSQL stores in `pg_authid`), so the password
//! itself never reaches the server, its log, or `pg_stat_activity`.
//!
//! The verifier is `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` (RFC 5802 and
//! RFC 7677, in the form PostgreSQL's `CREATE ROLE ... PASSWORD` recognises and stores as is).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

/// PostgreSQL's default iteration count (`scram_iterations`).
const ITERATIONS: u32 = 4096;

/// Characters of a generated password: letters and digits, so it needs no escaping in a URL or
/// in `.env`, and reads aloud without ambiguity (no 0/O, 1/l/I).
const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A new random password of 20 characters (about 115 bits).
pub fn new_password() -> anyhow::Result<String> {
    let mut password = String::with_capacity(20);
    while password.len() < 20 {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)
            .map_err(|e| anyhow::anyhow!("no randomness from the operating system: {e}"))?;
        // Rejection sampling: bytes past the last whole multiple of the alphabet are skipped,
        // so every character is equally likely.
        let limit = 256 - 256 % ALPHABET.len();
        for byte in bytes.into_iter().filter(|b| usize::from(*b) < limit) {
            if password.len() < 20 {
                password.push(char::from(ALPHABET[usize::from(byte) % ALPHABET.len()]));
            }
        }
    }
    Ok(password)
}

/// The SCRAM-SHA-256 verifier of `password`, with a fresh random salt.
pub fn verifier(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)
        .map_err(|e| anyhow::anyhow!("no randomness from the operating system: {e}"))?;
    Ok(verifier_with_salt(password, &salt, ITERATIONS))
}

fn verifier_with_salt(password: &str, salt: &[u8], iterations: u32) -> String {
    let keys = Keys::derive(password, salt, iterations);
    format!(
        "SCRAM-SHA-256${iterations}:{}${}:{}",
        BASE64.encode(salt),
        BASE64.encode(keys.stored_key),
        BASE64.encode(keys.server_key)
    )
}

/// The keys a SCRAM server keeps for a password.
struct Keys {
    stored_key: [u8; 32],
    server_key: [u8; 32],
}

impl Keys {
    fn derive(password: &str, salt: &[u8], iterations: u32) -> Keys {
        let salted = salted_password(password.as_bytes(), salt, iterations);
        let client_key = hmac(&salted, b"Client Key");
        Keys {
            stored_key: Sha256::digest(client_key).into(),
            server_key: hmac(&salted, b"Server Key"),
        }
    }
}

/// PBKDF2-HMAC-SHA-256 with one block: `Hi(password, salt, i)` of RFC 5802.
fn salted_password(password: &[u8], salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut first = salt.to_vec();
    first.extend_from_slice(&1u32.to_be_bytes());
    let mut u = hmac(password, &first);
    let mut result = u;
    for _ in 1..iterations {
        u = hmac(password, &u);
        for (r, x) in result.iter_mut().zip(u) {
            *r ^= x;
        }
    }
    result
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes any key");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7677's example exchange: the server signature it gives is the HMAC of the exchange
    /// under the ServerKey derived here, so both keys derived from "pencil" are right.
    #[test]
    fn derives_the_keys_of_rfc_7677() {
        let salt = BASE64.decode("W22ZaJ0SNY7soEsUEjb6gQ==").unwrap();
        let keys = Keys::derive("pencil", &salt, 4096);
        let auth_message = "n=user,r=rOprNGfwEbeRWgbNEkqO,\
            r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,\
            c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        let server_signature = hmac(&keys.server_key, auth_message.as_bytes());
        assert_eq!(
            BASE64.encode(server_signature),
            "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="
        );
        // ClientProof = ClientKey XOR HMAC(StoredKey, AuthMessage), and StoredKey = H(ClientKey).
        let signature = hmac(&keys.stored_key, auth_message.as_bytes());
        let proof = BASE64
            .decode("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
            .unwrap();
        let client_key: Vec<u8> = proof.iter().zip(signature).map(|(p, s)| p ^ s).collect();
        assert_eq!(
            <[u8; 32]>::from(Sha256::digest(&client_key)),
            keys.stored_key
        );
    }

    #[test]
    fn verifiers_have_postgresqls_shape() {
        let v = verifier_with_salt("pencil", b"0123456789abcdef", 4096);
        assert!(
            v.starts_with("SCRAM-SHA-256$4096:MDEyMzQ1Njc4OWFiY2RlZg==$"),
            "{v}"
        );
        assert_eq!(v.matches(':').count(), 2, "{v}");
    }

    #[test]
    fn passwords_are_new_each_time_and_plain() {
        let a = new_password().unwrap();
        let b = new_password().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 20);
        assert!(a.bytes().all(|c| ALPHABET.contains(&c)), "{a}");
    }
}

//! The binary prints its two base URLs first and serves them.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[tokio::test]
async fn the_binary_prints_both_urls_and_serves_them() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_simulator"))
        .args([
            "--getvocal",
            "127.0.0.1:0",
            "--awaz",
            "127.0.0.1:0",
            "--rate-limit",
            "7",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut next_line = || lines.next().expect("a line").expect("readable");
    let getvocal = next_line();
    let awaz = next_line();

    let getvocal_url = getvocal
        .strip_prefix("getvocal ")
        .expect("getvocal line first");
    let awaz_url = awaz.strip_prefix("awaz ").expect("awaz line second");
    assert!(getvocal_url.starts_with("http://127.0.0.1:") && getvocal_url.ends_with("/v1"));
    assert!(awaz_url.starts_with("http://127.0.0.1:"));

    let http = reqwest::Client::new();
    let phones = http
        .get(format!("{awaz_url}/v1/phones"))
        .bearer_auth(simulator::seed::AWAZ_API_KEY)
        .send()
        .await
        .expect("awaz answers");
    assert_eq!(phones.headers()["x-ratelimit-limit"], "7");
    let login = http
        .post(format!("{getvocal_url}/auth/login"))
        .json(&serde_json::json!({ "email": "demo@callboard.test", "password": "demo-password" }))
        .send()
        .await
        .expect("getvocal answers");
    assert_eq!(login.status(), 200);

    child.kill().expect("the child stops");
    child.wait().expect("the child is reaped");
}

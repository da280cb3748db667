//! The static shell's promises, checked without a browser: the Content-Security-Policy of
//! `www/index.html` allows exactly this site and the model hosts of `models.lock.toml`, runs no
//! inline script and no eval, and `www/sw.js` precaches every file of the shell.
//!
//! The browser side (no violation during a real session, the policy enforced in the worker,
//! the shell served offline) is in `e2e/privacy.test.mjs`, `e2e/xss.test.mjs` and
//! `e2e/pwa.test.mjs`.

use std::collections::BTreeSet;
use std::fs;

use candor_lock::ModelLock;
use candor_tests::workspace_root;

/// The hosts Hugging Face redirects a `/resolve/` download to; CSP checks every hop of a
/// redirect, so each must be allowed next to `https://huggingface.co` itself. Xet-backed files
/// go to the Xet bridge, Git LFS files to the LFS CDN (global, US and EU). Small files that are
/// plain Git objects are answered by huggingface.co directly. Adding a host here is a decision
/// to document in the comment above the policy in `www/index.html`.
const HUGGING_FACE_CDN_HOSTS: [&str; 4] = [
    "https://cas-bridge.xethub.hf.co",
    "https://cdn-lfs.hf.co",
    "https://cdn-lfs-us-1.hf.co",
    "https://cdn-lfs-eu-1.hf.co",
];

fn read(relative: &str) -> String {
    let path = workspace_root().join(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `content` of the `<meta http-equiv="Content-Security-Policy">` tag.
fn meta_policy(html: &str) -> String {
    let tag_start = html
        .find(r#"<meta http-equiv="Content-Security-Policy""#)
        .expect("index.html has a Content-Security-Policy meta tag");
    let tag = &html[tag_start..tag_start + html[tag_start..].find('>').unwrap()];
    let content = &tag[tag.find(r#"content=""#).expect("the tag has content") + 9..];
    content[..content.find('"').unwrap()].to_owned()
}

/// The policy's directives, each name with its source list in order.
fn directives(policy: &str) -> Vec<(String, Vec<String>)> {
    policy
        .split(';')
        .map(str::trim)
        .filter(|directive| !directive.is_empty())
        .map(|directive| {
            let mut tokens = directive.split_ascii_whitespace().map(str::to_owned);
            let name = tokens.next().unwrap().to_ascii_lowercase();
            (name, tokens.collect())
        })
        .collect()
}

fn directive<'a>(directives: &'a [(String, Vec<String>)], name: &str) -> &'a [String] {
    let mut found = directives.iter().filter(|(n, _)| n == name);
    let (_, sources) = found
        .next()
        .unwrap_or_else(|| panic!("the policy has no {name}"));
    assert!(found.next().is_none(), "{name} appears twice");
    sources
}

/// `scheme://host[:port]` of an absolute URL (or URL template) such as
/// `https://huggingface.co/{repo}/...`.
fn origin(url: &str) -> &str {
    let (scheme, rest) = url.split_once("://").expect("an absolute URL");
    let host_end = rest.find('/').unwrap_or(rest.len());
    &url[..scheme.len() + 3 + host_end]
}

#[test]
fn origin_of_a_source_template_is_scheme_and_host() {
    assert_eq!(
        origin("https://huggingface.co/{repo}/resolve/{revision}/{path}"),
        "https://huggingface.co"
    );
    assert_eq!(origin("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
}

#[test]
fn directives_are_split_on_semicolons_and_whitespace() {
    let parsed = directives("default-src 'self';  Script-Src 'self' x ; ");
    assert_eq!(
        parsed,
        [
            ("default-src".to_owned(), vec!["'self'".to_owned()]),
            (
                "script-src".to_owned(),
                vec!["'self'".to_owned(), "x".to_owned()]
            ),
        ]
    );
}

#[test]
fn connect_src_is_this_site_and_the_lock_model_hosts_only() {
    let lock = ModelLock::parse(&read("models.lock.toml")).expect("models.lock.toml parses");
    let policy = directives(&meta_policy(&read("www/index.html")));
    let connect: BTreeSet<&str> = directive(&policy, "connect-src")
        .iter()
        .map(String::as_str)
        .collect();

    let mut upstream = BTreeSet::new();
    for model in &lock.models {
        let (mirror, others) = model.sources.split_first().expect("a mirror source");
        // The mirror resolves against the worker's own URL, so it must be relative to the app
        // root: a leading `/` would break every sub-path deployment.
        assert!(
            !mirror.starts_with('/') && !mirror.contains("://"),
            "{}: the mirror source {mirror} is not relative to the app",
            model.id
        );
        for source in others {
            assert!(
                source.starts_with("https://"),
                "{}: the upstream source {source} is not https",
                model.id
            );
            let host = origin(source);
            assert!(
                connect.contains(host),
                "{}: connect-src does not allow {host} (from {source})",
                model.id
            );
            upstream.insert(host);
        }
    }
    assert!(
        upstream.contains("https://huggingface.co"),
        "the lock's upstream is Hugging Face, whose CDN hosts are listed here"
    );

    let mut expected: BTreeSet<&str> = upstream;
    expected.insert("'self'");
    expected.extend(HUGGING_FACE_CDN_HOSTS);
    assert_eq!(
        connect, expected,
        "connect-src is 'self', the lock's upstream hosts and their documented CDN hosts, \
         nothing else"
    );
}

#[test]
fn scripts_are_this_site_files_and_webassembly_only() {
    let policy_text = meta_policy(&read("www/index.html"));
    let policy = directives(&policy_text);
    assert_eq!(
        directive(&policy, "script-src"),
        ["'self'", "'wasm-unsafe-eval'"]
    );
    assert_eq!(directive(&policy, "default-src"), ["'self'"]);
    assert_eq!(directive(&policy, "worker-src"), ["'self'"]);
    assert_eq!(directive(&policy, "object-src"), ["'none'"]);
    assert_eq!(directive(&policy, "base-uri"), ["'none'"]);
    // Leptos sets no inline style (the page's looks are style.css), so no directive needs
    // 'unsafe-inline'; nothing at all may allow eval, data: or blob: scripts.
    for forbidden in ["'unsafe-inline'", "'unsafe-eval'", "data:", "blob:", "*"] {
        for (name, sources) in &policy {
            assert!(
                !sources.iter().any(|source| source == forbidden),
                "{name} allows {forbidden}: {policy_text}"
            );
        }
    }
}

#[test]
fn index_html_has_no_inline_script_or_handler() {
    let html = read("www/index.html");
    let lower = html.to_ascii_lowercase();
    let mut n_scripts = 0;
    let mut at = 0;
    while let Some(start) = lower[at..].find("<script").map(|i| at + i) {
        let open_end = start + lower[start..].find('>').expect("a closed <script> tag");
        let close = open_end
            + lower[open_end..]
                .find("</script>")
                .expect("a </script> for each <script>");
        let tag = &lower[start..open_end];
        assert!(
            tag.contains(" src="),
            "an inline <script> without src: {tag}>"
        );
        assert!(
            html[open_end + 1..close].trim().is_empty(),
            "a <script src> with a body: {}",
            &html[start..close]
        );
        n_scripts += 1;
        at = close;
    }
    assert_eq!(n_scripts, 1, "index.html loads app.js and nothing else");
    for attribute in [" onload=", " onerror=", " onclick=", "javascript:"] {
        assert!(
            !lower.contains(attribute),
            "index.html contains {attribute}"
        );
    }
}

/// The quoted entries of `const SHELL = [ ... ];` in sw.js.
fn precached(sw: &str) -> BTreeSet<String> {
    let start = sw.find("const SHELL = [").expect("sw.js lists its SHELL");
    let list = &sw[start..start + sw[start..].find("];").unwrap()];
    list.split('\'')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_service_worker_precaches_the_whole_shell_with_relative_urls() {
    let shell = precached(&read("www/sw.js"));
    for entry in &shell {
        assert!(
            !entry.starts_with('/') && !entry.contains("://"),
            "sw.js precaches {entry}, which is not relative to the app (breaks sub-paths)"
        );
    }
    // Every file of www/ but the service worker itself (the browser keeps that one), plus the
    // two wasm-bindgen modules and their wasm that .ci/build-site.sh writes to pkg/.
    let mut expected: BTreeSet<String> = ["./", "pkg/candor_web.js", "pkg/candor_web_bg.wasm"]
        .into_iter()
        .chain(["pkg/candor_worker.js", "pkg/candor_worker_bg.wasm"])
        .map(str::to_owned)
        .collect();
    let www = workspace_root().join("www");
    let mut dirs = vec![www.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let relative = path.strip_prefix(&www).unwrap().to_string_lossy();
            if relative != "sw.js" {
                expected.insert(relative.replace('\\', "/"));
            }
        }
    }
    assert_eq!(shell, expected, "sw.js SHELL is the whole shell");
}

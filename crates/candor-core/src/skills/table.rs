//! `data/skills.txt`, the taxonomy as people edit it, and the generator of `data/skills.json`
//! from it. Test-only: the crate compiles in the generated JSON (`skills.rs` says why JSON),
//! and the test here fails while that file is stale. The table's header documents its format
//! and the sources of its entries.
//!
//! Generation checks what it writes with [`Taxonomy::from_json`], so duplicate or malformed
//! forms are found by the very tokenizer that later matches them.

use serde::de::IntoDeserializer;
use serde::{Deserialize, Serialize};

use super::{BUNDLED_JSON, SUPPORTED_VERSION, SkillKind, Taxonomy};

/// The taxonomy's source.
const TABLE: &str = include_str!("../../data/skills.txt");

/// Set to write `data/skills.json` instead of failing when it is stale.
const UPDATE_VAR: &str = "UPDATE_SKILLS";

/// The command that regenerates `data/skills.json`; stale-file failures print it.
const UPDATE_COMMAND: &str = "UPDATE_SKILLS=1 cargo test -p candor-core --lib skills_json";

/// The JSON file's `about` header, one string per line.
const ABOUT: &[&str] = &[
    "Candor's skill taxonomy. GENERATED from the table skills.txt beside it: edit the table, not",
    "this file, and regenerate it with the command in the table's header. Written by hand from",
    "public knowledge of technologies, products, official credential names and occupations;",
    "categories loosely inspired by O*NET and ESCO, no data copied from either. The table's",
    "header gives the sources and the format.",
    "Skill fields: name, kind (default skill), aliases, broader, related (symmetric), implies",
    "(credentials this one satisfies), cased (forms matched case-sensitively in free text),",
    "strict (cased and only as a list item).",
];

/// A `@category` line and the skills after it.
#[derive(Debug, PartialEq)]
struct CategoryLines<'a> {
    key: &'a str,
    label: &'a str,
    skills: Vec<SkillLine<'a>>,
}

/// One skill line, serialized as its entry in the JSON file: the fields in file order, empty
/// ones and the default kind left out.
#[derive(Debug, Default, PartialEq, Serialize)]
struct SkillLine<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "is_plain_skill")]
    kind: SkillKind,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    broader: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    implies: Vec<&'a str>,
    /// The forms written with a leading `=`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cased: Vec<&'a str>,
    /// The forms written with a leading `!`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    strict: Vec<&'a str>,
    /// The forms written with a leading `?`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contextual: Vec<&'a str>,
}

fn is_plain_skill(kind: &SkillKind) -> bool {
    !kind.is_credential()
}

impl<'a> SkillLine<'a> {
    /// Strips a form's `=`, `!` or `?` marker, noting the form under `cased`, `strict` or
    /// `contextual`.
    fn unmark(&mut self, written: &'a str) -> &'a str {
        if let Some(form) = written.strip_prefix('=') {
            self.cased.push(form);
            form
        } else if let Some(form) = written.strip_prefix('!') {
            self.strict.push(form);
            form
        } else if let Some(form) = written.strip_prefix('?') {
            self.contextual.push(form);
            form
        } else {
            written
        }
    }
}

/// A kind by its name in the file format ("licence"), which is its serde name.
fn parse_kind(name: &str) -> Result<SkillKind, String> {
    SkillKind::deserialize(name.into_deserializer())
        .map_err(|error: serde::de::value::Error| error.to_string())
}

/// Parses the table; an error names the line, counted from 1.
fn parse(table: &str) -> Result<Vec<CategoryLines<'_>>, String> {
    let mut categories: Vec<CategoryLines> = Vec::new();
    let mut kind = SkillKind::Skill;
    for (line_idx, line) in table.lines().enumerate() {
        let at_line = |error: String| format!("line {}: {error}", line_idx + 1);
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("@category ") {
            let (key, label) = rest
                .split_once('|')
                .ok_or_else(|| at_line(format!("{line:?} is not `@category key | Label`")))?;
            categories.push(CategoryLines {
                key: key.trim(),
                label: label.trim(),
                skills: Vec::new(),
            });
            kind = SkillKind::Skill;
        } else if let Some(name) = line.strip_prefix("@kind ") {
            kind = parse_kind(name.trim()).map_err(at_line)?;
        } else {
            let category = categories
                .last_mut()
                .ok_or_else(|| at_line("a skill before the first @category".to_owned()))?;
            category
                .skills
                .push(parse_skill(line, kind).map_err(at_line)?);
        }
    }
    Ok(categories)
}

/// Parses `Name | a: alias, ... | b: ... | r: ... | i: ... | k: kind`.
fn parse_skill(line: &str, kind: SkillKind) -> Result<SkillLine<'_>, String> {
    let mut fields = line.split('|').map(str::trim);
    let mut skill = SkillLine {
        kind,
        ..SkillLine::default()
    };
    let name = fields.next().unwrap_or_default();
    skill.name = skill.unmark(name);
    for field in fields.filter(|field| !field.is_empty()) {
        let (tag, value) = field
            .split_once(':')
            .ok_or_else(|| format!("field {field:?} has no `tag:`"))?;
        let items = value
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty());
        match tag {
            "a" => {
                for alias in items {
                    let alias = skill.unmark(alias);
                    skill.aliases.push(alias);
                }
            }
            "b" => skill.broader.extend(items),
            "r" => skill.related.extend(items),
            "i" => skill.implies.extend(items),
            "k" => skill.kind = parse_kind(value.trim())?,
            _ => return Err(format!("unknown field tag {tag:?} in {line:?}")),
        }
    }
    Ok(skill)
}

/// Compact JSON for one value of the file.
fn json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("strings and string lists serialize")
}

/// The JSON file: one skill per line, so a diff of it reads like a diff of the table.
fn to_json(categories: &[CategoryLines]) -> String {
    let about: Vec<String> = ABOUT
        .iter()
        .map(|line| format!(" {}", json(line)))
        .collect();
    let mut out = format!(
        "{{\n\"version\": {SUPPORTED_VERSION},\n\"about\": [\n{}\n],\n\"categories\": [\n",
        about.join(",\n")
    );
    for (n, category) in categories.iter().enumerate() {
        let skills: Vec<String> = category.skills.iter().map(json).collect();
        let (key, label) = (json(&category.key), json(&category.label));
        let comma = if n + 1 < categories.len() { "," } else { "" };
        out.push_str(&format!(
            "{{\"key\": {key}, \"label\": {label}, \"skills\": [\n{}\n]}}{comma}\n",
            skills.join(",\n")
        ));
    }
    out.push_str("]}\n");
    out
}

/// The JSON `table` generates, checked by loading it as the crate would.
fn generate(table: &str) -> Result<String, String> {
    let json = to_json(&parse(table)?);
    Taxonomy::from_json(&json).map_err(|error| error.to_string())?;
    Ok(json)
}

#[test]
fn skills_json_is_generated_from_the_table() {
    let json = generate(TABLE).unwrap_or_else(|error| panic!("data/skills.txt: {error}"));
    if json == BUNDLED_JSON {
        return;
    }
    if std::env::var_os(UPDATE_VAR).is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/skills.json");
        std::fs::write(path, json).unwrap_or_else(|error| panic!("writing {path}: {error}"));
    } else {
        panic!(
            "data/skills.json is stale: regenerate it from data/skills.txt with `{UPDATE_COMMAND}`"
        );
    }
}

#[test]
fn markers_kinds_and_edges_parse_into_their_fields() {
    let table = "\
@category cloud | Cloud
!Go | a: =GoLang, Go lang, ?Gopher, | b: Backend | r: Rust
@kind certification
AWS SAA | a: SAA | i: AWS CCP
AWS CCP
Top Secret | k: clearance
@category other | Other
Typing
";
    let categories = parse(table).unwrap();
    let keys: Vec<_> = categories.iter().map(|c| (c.key, c.label)).collect();
    assert_eq!(keys, [("cloud", "Cloud"), ("other", "Other")]);
    let go = &categories[0].skills[0];
    assert_eq!(
        *go,
        SkillLine {
            name: "Go",
            aliases: vec!["GoLang", "Go lang", "Gopher"],
            broader: vec!["Backend"],
            related: vec!["Rust"],
            cased: vec!["GoLang"],
            strict: vec!["Go"],
            contextual: vec!["Gopher"],
            ..SkillLine::default()
        }
    );
    let kinds: Vec<_> = categories
        .iter()
        .flat_map(|c| &c.skills)
        .map(|skill| (skill.name, skill.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Go", SkillKind::Skill),
            ("AWS SAA", SkillKind::Certification),
            ("AWS CCP", SkillKind::Certification),
            ("Top Secret", SkillKind::Clearance),
            ("Typing", SkillKind::Skill),
        ]
    );
    assert_eq!(categories[0].skills[1].implies, ["AWS CCP"]);
}

#[test]
fn entries_leave_out_empty_fields_and_the_default_kind() {
    let table = "@category c | C\n=Rust\nCPR | a: BLS | k: certification\n";
    assert_eq!(
        generate(table)
            .unwrap()
            .lines()
            .skip_while(|line| *line != "\"categories\": [")
            .skip(1)
            .collect::<Vec<_>>(),
        [
            "{\"key\": \"c\", \"label\": \"C\", \"skills\": [",
            "{\"name\":\"Rust\",\"cased\":[\"Rust\"]},",
            "{\"name\":\"CPR\",\"kind\":\"certification\",\"aliases\":[\"BLS\"]}",
            "]}",
            "]}",
        ]
    );
}

#[test]
fn errors_name_the_line() {
    let error = |table| parse(table).unwrap_err();
    assert_eq!(
        error("\nPython"),
        "line 2: a skill before the first @category"
    );
    assert!(error("@category c | C\n@kind diploma").starts_with("line 2: unknown variant"));
    assert!(error("@category c | C\nGo | x: y").starts_with("line 2: unknown field tag \"x\""));
    assert!(
        generate("@category c | C\nDjango | b: Pythn")
            .unwrap_err()
            .contains("\"Pythn\" is not the name of a skill")
    );
}

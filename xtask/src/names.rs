//! The name-variant harness (`cargo xtask bench names`): clusters the names of
//! the shared name-variant gold with `dossier_core::reconcile::cluster_names`
//! and prints the gold's own scorer next to its exact and folded baselines.
//!
//! The gold has no split of its own, so entities are halved by a hash of their
//! id: `dev` for tuning, `test` for reporting (`--split all` scores both).
//! Strings that name two entities anywhere in the gold are left out of the
//! half, as the scorer does on the whole file.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::time::Instant;

use anyhow::{Context, bail};
use dossier_core::model::EntityKind;
use dossier_core::reconcile::cluster_names;
use serde_json::Value;

use crate::{Options, bench_dir, output_dir, publish, run_python};

/// The subsets printed, with the scorer's filter flags.
const SUBSETS: &[(&str, &[&str])] = &[
    (
        "person, priority regions",
        &["--type", "person", "--priority"],
    ),
    (
        "person, priority regions, spelling variants only",
        &["--type", "person", "--priority", "--string-similar"],
    ),
    ("person", &["--type", "person"]),
    ("organization", &["--type", "organization"]),
    ("place", &["--type", "place"]),
    ("all entities", &[]),
];

/// FNV-1a, so the split needs no dependency and never changes.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn in_split(id: &str, split: &str) -> bool {
    match split {
        "dev" => stable_hash(id).is_multiple_of(2),
        "test" => !stable_hash(id).is_multiple_of(2),
        _ => true,
    }
}

fn kind_of(entity: &Value) -> Option<EntityKind> {
    match entity["type"].as_str()? {
        "person" => Some(EntityKind::Person),
        "organization" => Some(EntityKind::Organization),
        "place" => Some(EntityKind::Place),
        _ => None,
    }
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    let split = options.split.as_str();
    if !matches!(split, "dev" | "test" | "all") {
        bail!("--split must be dev, test or all for the name benchmark");
    }
    let dir = bench_dir()?.join("entities/name-variants");
    let gold_path = dir.join("entities.jsonl");
    let text = std::fs::read_to_string(&gold_path)
        .with_context(|| format!("reading {}", gold_path.display()))?;
    let entities: Vec<Value> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .with_context(|| format!("parsing {}", gold_path.display()))?;
    let mut owners: HashMap<&str, usize> = HashMap::new();
    for entity in &entities {
        for name in entity["names"].as_array().into_iter().flatten() {
            if let Some(name) = name.as_str() {
                *owners.entry(name).or_default() += 1;
            }
        }
    }

    let out_dir = output_dir("names")?;
    let split_gold = out_dir.join(format!("gold-{split}.jsonl"));
    let mut gold_out = std::fs::File::create(&split_gold)
        .with_context(|| format!("creating {}", split_gold.display()))?;
    let mut inputs: Vec<(String, Option<EntityKind>)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut selected = 0usize;
    for entity in &entities {
        let id = entity["id"].as_str().unwrap_or_default();
        if !in_split(id, split) {
            continue;
        }
        selected += 1;
        let mut kept = entity.clone();
        let names: Vec<Value> = entity["names"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|n| n.as_str().is_some_and(|n| owners.get(n) == Some(&1)))
            .cloned()
            .collect();
        for name in names.iter().filter_map(Value::as_str) {
            if !seen.contains_key(name) {
                seen.insert(name.to_string(), inputs.len());
                inputs.push((name.to_string(), kind_of(entity)));
            }
        }
        kept["names"] = Value::Array(names);
        writeln!(gold_out, "{kept}")?;
    }
    drop(gold_out);
    std::fs::copy(
        dir.join("hard_negatives.jsonl"),
        out_dir.join("hard_negatives.jsonl"),
    )
    .context("copying hard_negatives.jsonl beside the split gold")?;

    let started = Instant::now();
    let clusters = cluster_names(&inputs);
    let seconds = started.elapsed().as_secs_f64();
    let pred_path = out_dir.join(format!("pred-{split}.jsonl"));
    let mut pred_out = std::fs::File::create(&pred_path)
        .with_context(|| format!("creating {}", pred_path.display()))?;
    for ((name, _), cluster) in inputs.iter().zip(&clusters) {
        writeln!(
            pred_out,
            "{}",
            serde_json::json!({"name": name, "cluster": cluster})
        )?;
    }
    drop(pred_out);

    let score = dir.join("score.py");
    let score = score.to_str().unwrap_or_default();
    let gold = split_gold.to_str().unwrap_or_default();
    let pred = pred_path.to_str().unwrap_or_default();
    let mut report = String::new();
    let _ = writeln!(
        report,
        "# name variants (split {split}: {selected} entities, {} names, {:.2} s in cluster_names, one thread)\n",
        inputs.len(),
        seconds
    );
    let _ = writeln!(
        report,
        "pairwise and BCubed P / R / F1; hard-neg = share of cross-entity name pairs merged inside \
         hard-negative groups (all kinds, then shared-surname only); complete = entities whose \
         names all land in one cluster.\n"
    );
    for (label, flags) in SUBSETS {
        let mut base_args = vec![score, gold, "--baselines", "--json"];
        base_args.extend_from_slice(flags);
        let baselines: Value = serde_json::from_str(&run_python(&base_args)?)
            .context("reading the scorer's baseline JSON")?;
        let mut ours_args = vec![score, gold, pred, "--json"];
        ours_args.extend_from_slice(flags);
        let ours: Value =
            serde_json::from_str(&run_python(&ours_args)?).context("reading the scorer's JSON")?;
        let header = ours["header"].as_str().unwrap_or_default();
        let _ = writeln!(report, "## {label}\n{header}\n```");
        let _ = writeln!(
            report,
            "{:<24} {:>22} {:>22} {:>16} {:>9}",
            "", "pairwise P/R/F1", "BCubed P/R/F1", "hard-neg all/sur", "complete"
        );
        for (name, run) in [
            ("exact string", &baselines["runs"]["exact string"]),
            ("folded", &baselines["runs"]["case/diacritics-folded"]),
            (
                "last word (folded)",
                &baselines["runs"]["last word (folded)"],
            ),
        ] {
            let _ = writeln!(report, "{}", row(name, run));
        }
        if let Some(run) = ours["runs"]
            .as_object()
            .and_then(|runs| runs.values().next())
        {
            let _ = writeln!(report, "{}", row("dossier cluster_names", run));
        }
        let _ = writeln!(report, "```\n");
    }
    publish(options, &format!("names-{split}.md"), &report)
}

fn row(label: &str, run: &Value) -> String {
    let number = |v: &Value| v.as_f64().unwrap_or(0.0);
    let triple = |v: &Value| {
        format!(
            "{:.3}/{:.3}/{:.3}",
            number(&v["p"]),
            number(&v["r"]),
            number(&v["f1"])
        )
    };
    let mut cross = 0.0;
    let mut merged = 0.0;
    let mut surname = String::from("-");
    if let Some(kinds) = run["hard_negatives"].as_object() {
        for (kind, figures) in kinds {
            cross += number(&figures["cross_pairs"]);
            merged += number(&figures["merged_pairs"]);
            if kind == "shared-surname" {
                surname = format!("{:.4}", number(&figures["pair_merge_rate"]));
            }
        }
    }
    let all = if cross > 0.0 {
        format!("{:.4}", merged / cross)
    } else {
        "-".into()
    };
    format!(
        "{:<24} {:>22} {:>22} {:>16} {:>9.3}",
        label,
        triple(&run["pairwise"]),
        triple(&run["bcubed"]),
        format!("{all}/{surname}"),
        number(&run["entities_complete"])
    )
}

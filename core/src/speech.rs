//! What « Écouter » reads aloud: an item of the plan as a French voice should say it.
//!
//! The plan is French whatever the interface language, so the text is French and is
//! read with a French voice (`SPEECH_LANG`). Every abbreviation is said in full, the
//! responsible partners by their full names, and signs a voice stumbles on are
//! spelled out (`200 000 $` is said « 200 000 dollars »). The app hands the text to the
//! browser's speech synthesis.

use crate::explore::markup::plan_segments;
use crate::plan::{CommitmentKind, ItemRef, Plan};

/// The language of the spoken text, asked of the utterance and of its voice.
pub const SPEECH_LANG: &str = "fr-CA";

/// The whole item, in reading order: title; kind and rank; axis and its name;
/// objective or other texts; who is responsible.
pub fn spoken_item(plan: &Plan, item: ItemRef<'_>) -> String {
    let mut out = String::new();
    sentence(&mut out, plan, item.title());
    // The kind, and the rank in its section (the fund is the only one of its kind).
    let (kind, rank) = match item {
        ItemRef::Reality(r) => (
            "Réalité actuelle",
            Some((r.number, plan.realities.items.len())),
        ),
        ItemRef::Commitment(kind, c) => (
            match kind {
                CommitmentKind::Priority => "Priorité collective",
                CommitmentKind::MunicipalProgram => "Plan ou programme municipal priorisé",
                CommitmentKind::OtherMunicipalPlan => "Autre plan municipal",
            },
            Some((c.number, plan.commitments_of(kind).len())),
        ),
        ItemRef::Strategy(s) => (
            "Stratégie de mise en action",
            Some((s.number, plan.strategies.items.len())),
        ),
        ItemRef::Fund(_) => ("Fonds de soutien financier", None),
    };
    let order = match item {
        ItemRef::Commitment(CommitmentKind::Priority, _) => ", par ordre d'importance",
        _ => "",
    };
    let rank = rank.map_or(String::new(), |(n, total)| {
        format!(" {n} sur {total}{order}")
    });
    sentence(&mut out, plan, &format!("{kind}{rank}"));
    match item {
        ItemRef::Reality(r) => sentence(
            &mut out,
            plan,
            &format!("Impact sur la prestation de services : {}", r.impact),
        ),
        ItemRef::Commitment(kind, c) => {
            if let Some(axis) = plan.axis(c.axis) {
                sentence(&mut out, plan, &format!("Axe {} : {}", c.axis, axis.name));
            }
            sentence(&mut out, plan, &format!("Objectif : {}", c.objective));
            // Full names, joined as a person says them: « A, B et C ».
            out.push_str(match kind {
                CommitmentKind::Priority => "Partenaires responsables : ",
                _ => "Responsable : ",
            });
            let last = c.partners.len().saturating_sub(1);
            for (i, id) in c.partners.iter().enumerate() {
                if i > 0 {
                    out.push_str(if i == last { " et " } else { ", " });
                }
                if let Some(partner) = plan.partner(id) {
                    out.push_str(&partner.full_name);
                }
            }
            out.push('.');
        }
        ItemRef::Strategy(s) => sentence(&mut out, plan, &s.description),
        ItemRef::Fund(f) => {
            let amount = crate::plan::format_amount(f.amount_per_year, crate::lang::Lang::Fr);
            sentence(&mut out, plan, &format!("Montant annuel : {amount}"));
            sentence(&mut out, plan, &f.text);
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// Appends `text` as said aloud, ended by a full stop unless it ends a sentence already.
fn sentence(out: &mut String, plan: &Plan, text: &str) {
    let mut unclosed = false;
    for piece in plan_segments(text, &[], plan, true) {
        match piece.expansion {
            // « Fonds pour bâtir … sécuritaires (FBCS) »: the name is said once, and
            // its short form's brackets go with it.
            Some(expansion) if out.ends_with(&format!("{expansion} (")) => {
                out.truncate(out.len() - 2);
                unclosed = true;
            }
            Some(expansion) => out.push_str(expansion),
            None => {
                let rest = match piece.text.strip_prefix(')') {
                    Some(rest) if unclosed => rest,
                    _ => piece.text,
                };
                for c in rest.chars() {
                    match c {
                        '\u{a0}' | '\u{202f}' => out.push(' '),
                        '$' => out.push_str("dollars"),
                        '%' => out.push_str("pour cent"),
                        '&' => out.push_str("et"),
                        c => out.push(c),
                    }
                }
            }
        }
    }
    if !out.ends_with(['.', '!', '?', ':']) {
        out.push('.');
    }
    out.push(' ');
}

/// Which of the browser's voices reads the plan, given their languages (BCP 47 tags;
/// some browsers write `fr_CA`): a Québec French voice first, else any French voice,
/// else none (the app then offers no « Écouter »).
pub fn pick_voice(langs: &[String]) -> Option<usize> {
    let french = |tag: &String| {
        let tag = tag.as_bytes();
        tag.len() >= 2
            && tag[..2].eq_ignore_ascii_case(b"fr")
            && (tag.len() == 2 || tag[2] == b'-' || tag[2] == b'_')
    };
    let quebec =
        |tag: &String| french(tag) && tag.len() == 5 && tag[3..].eq_ignore_ascii_case("ca");
    langs
        .iter()
        .position(quebec)
        .or_else(|| langs.iter().position(french))
}

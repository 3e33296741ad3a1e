//! The guidance covers every point of the source chapters (shared/seeds/), in
//! the app's own words.

use rebound::domain::Stage;

fn text_of(stage: Stage) -> String {
    stage
        .guidance()
        .iter()
        .map(|p| format!("{} {}", p.heading(), p.body()))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[test]
fn every_point_of_the_seeds_has_a_home_in_its_stage() {
    // One entry per point the seeds make, with words that show it is covered.
    let points: &[(Stage, &str, &[&str])] = &[
        (
            Stage::ProcessEmotions,
            "acknowledge the feelings",
            &["disappointment", "frustration", "sadness", "self-doubt"],
        ),
        (
            Stage::ProcessEmotions,
            "time to process, not dwelling",
            &["window", "going over the same"],
        ),
        (
            Stage::ProcessEmotions,
            "stay professional, thank them",
            &[
                "thanking the hiring manager or recruiter",
                "time and consideration",
            ],
        ),
        (
            Stage::ProcessEmotions,
            "reach out for support",
            &["friend", "family", "mentor", "encouragement"],
        ),
        (
            Stage::SeekFeedback,
            "request feedback graciously",
            &[
                "thank them for the chance to interview",
                "application",
                "interviews",
                "do better",
            ],
        ),
        (
            Stage::SeekFeedback,
            "listen without defensiveness, take notes",
            &["do not argue", "write down"],
        ),
        (
            Stage::SeekFeedback,
            "thank them for their input",
            &["thank-you", "keep growing"],
        ),
        (
            Stage::Reflect,
            "assess performance and materials",
            &["interviews", "resume and cover letter", "showed well"],
        ),
        (
            Stage::Reflect,
            "input of trusted people",
            &["objective view"],
        ),
        (
            Stage::Reflect,
            "patterns across feedback",
            &["several interviewers point to the same thing"],
        ),
        (
            Stage::Reflect,
            "qualifications against requirements",
            &["essential requirements"],
        ),
        (
            Stage::Reflect,
            "training and certification for gaps",
            &["course", "certification", "training"],
        ),
        (
            Stage::Opportunity,
            "learn from each experience",
            &["questions they asked", "skills the role needed", "expected"],
        ),
        (
            Stage::Opportunity,
            "achievements",
            &["accomplishments", "celebrate"],
        ),
        (
            Stage::Opportunity,
            "self-care",
            &["joy", "stress", "energy"],
        ),
        (
            Stage::Opportunity,
            "resilience and a positive mindset",
            &["setbacks", "stronger and more determined", "hopeful"],
        ),
        (
            Stage::Opportunity,
            "alternative opportunities",
            &[
                "freelance",
                "internship",
                "volunteering",
                "further study",
                "network",
            ],
        ),
        (
            Stage::KeepSearching,
            "stay proactive",
            &[
                "revise your resume",
                "tailor each cover letter",
                "research and apply",
            ],
        ),
        (
            Stage::KeepSearching,
            "network strategically",
            &[
                "industry events",
                "professional associations",
                "online professional networks",
                "never advertised",
            ],
        ),
        (
            Stage::KeepSearching,
            "informational interviews",
            &["someone doing the work you want"],
        ),
        (
            Stage::KeepSearching,
            "monitor openings",
            &["job boards", "career pages", "networking sites"],
        ),
        (
            Stage::KeepSearching,
            "persistent and adaptable",
            &[
                "good weeks and bad",
                "industry",
                "organisation",
                "step closer",
            ],
        ),
    ];
    for (stage, point, words) in points {
        let text = text_of(*stage);
        for word in *words {
            assert!(
                text.contains(word),
                "{:?} lacks {word:?} for the point {point:?}",
                stage
            );
        }
    }
}

/// Seven words in a row copied from the seeds would be pasting, not writing.
#[test]
fn no_sentence_is_pasted_from_the_seeds() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("shared/seeds not beside the project: skipping the copy check");
        return;
    };
    let words = |text: &str| -> Vec<String> {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let mut seed_runs = std::collections::HashSet::new();
    for entry in entries.flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for run in words(&text).windows(7) {
            seed_runs.insert(run.join(" "));
        }
    }
    assert!(!seed_runs.is_empty(), "the seeds were read");
    for stage in Stage::ALL {
        for point in stage.guidance() {
            for run in words(&point.body()).windows(7) {
                let run = run.join(" ");
                assert!(
                    !seed_runs.contains(&run),
                    "{stage:?} copies the seeds: {run:?}"
                );
            }
        }
    }
}

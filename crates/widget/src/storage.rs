//! Opt-in local saving. Only used when the host sets `storage="local"`; with
//! `storage="none"` nothing is ever written. Keys are namespaced and
//! versioned so a future format can migrate or ignore old saves.

const PREFIX: &str = "raikit:v1:answers:";

pub fn key(questionnaire: &str) -> String {
    format!("{PREFIX}{questionnaire}")
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn load(questionnaire: &str) -> Option<String> {
    local_storage()?.get_item(&key(questionnaire)).ok()?
}

/// Returns false when the browser refused (private mode, quota).
pub fn save(questionnaire: &str, json: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(&key(questionnaire), json).is_ok())
}

pub fn delete(questionnaire: &str) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(&key(questionnaire));
    }
}

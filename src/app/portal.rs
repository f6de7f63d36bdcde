//! The desktop's colour scheme on Linux, from the XDG settings portal.
//!
//! winit reports no theme on X11 or Wayland, so "System" would always be egui's default
//! (dark). The portal (`org.freedesktop.portal.Settings`, namespace
//! `org.freedesktop.appearance`, key `color-scheme`) says 1 = prefer dark, 2 = prefer light,
//! 0 = no preference (light). It is read once and then followed through its
//! `SettingChanged` signal, over D-Bus with zbus's blocking API on a background thread (the
//! same zbus the accessibility bridge already builds). Without a session bus or a portal the
//! thread ends quietly and "System" is light; nothing is shown to the user.
//!
//! Parsing a reply is a pure function ([`scheme_of_value`], [`scheme_of_setting`]), tested
//! with fake replies; [`AppState::set_desktop_schemes`] takes what the thread found.

use std::sync::mpsc::Receiver;

use super::AppState;
use crate::model::Theme;

/// A D-Bus value, as the portal replies with (for fake replies in tests).
#[cfg(target_os = "linux")]
pub use zbus::zvariant::Value;

/// The portal's namespace for appearance settings.
pub const NAMESPACE: &str = "org.freedesktop.appearance";
/// The portal's key for the colour scheme.
pub const KEY: &str = "color-scheme";

/// The colour scheme the desktop prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// Light (the portal's 2, and 0: no preference).
    Light,
    /// Dark (the portal's 1).
    Dark,
}

impl Scheme {
    /// The portal's number: 1 dark, 2 light, 0 no preference (light). Other numbers: None.
    pub fn of_code(code: u32) -> Option<Self> {
        match code {
            1 => Some(Self::Dark),
            0 | 2 => Some(Self::Light),
            _ => None,
        }
    }
}

/// The scheme in a portal reply: a `u32`, possibly wrapped in variants (`Read` wraps the
/// value once more than `ReadOne`). Anything else: None.
#[cfg(target_os = "linux")]
pub fn scheme_of_value(value: &zbus::zvariant::Value<'_>) -> Option<Scheme> {
    use zbus::zvariant::Value;
    match value {
        Value::U32(code) => Scheme::of_code(*code),
        Value::Value(inner) => scheme_of_value(inner),
        _ => None,
    }
}

/// The scheme in a `SettingChanged` signal, if it is the colour scheme that changed.
#[cfg(target_os = "linux")]
pub fn scheme_of_setting(
    namespace: &str,
    key: &str,
    value: &zbus::zvariant::Value<'_>,
) -> Option<Scheme> {
    (namespace == NAMESPACE && key == KEY)
        .then(|| scheme_of_value(value))
        .flatten()
}

/// Start following the desktop's colour scheme: the schemes found arrive on the receiver, and
/// `wake` is called after each (to repaint the window). Only Linux has the portal; elsewhere
/// the receiver stays empty.
pub fn watch(wake: impl Fn() + Send + 'static) -> Receiver<Scheme> {
    let (tx, rx) = std::sync::mpsc::channel();
    #[cfg(target_os = "linux")]
    {
        let spawned = std::thread::Builder::new()
            .name("ssi-coach-portal".to_owned())
            .spawn(move || {
                // no session bus or no portal: the desktop's scheme stays unknown (light)
                let _ = follow(&tx, &wake);
            });
        drop(spawned);
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (tx, wake);
    }
    rx
}

/// Read the scheme, then follow its changes until the app ends.
#[cfg(target_os = "linux")]
fn follow(tx: &std::sync::mpsc::Sender<Scheme>, wake: &dyn Fn()) -> zbus::Result<()> {
    use zbus::zvariant::OwnedValue;
    let conn = zbus::blocking::Connection::session()?;
    let proxy = zbus::blocking::Proxy::new(
        &conn,
        "org.freedesktop.portal.Desktop",
        "/org/freedesktop/portal/desktop",
        "org.freedesktop.portal.Settings",
    )?;
    // listen first, so a change between the read and the subscription is not lost
    let changes = proxy.receive_signal("SettingChanged")?;
    let reply: zbus::Result<OwnedValue> = proxy
        .call("ReadOne", &(NAMESPACE, KEY))
        .or_else(|_| proxy.call("Read", &(NAMESPACE, KEY)));
    let send = |scheme: Scheme| {
        let sent = tx.send(scheme).is_ok();
        wake();
        sent
    };
    if let Some(scheme) = reply.ok().as_deref().and_then(scheme_of_value)
        && !send(scheme)
    {
        return Ok(());
    }
    for message in changes {
        let Ok((namespace, key, value)) =
            message.body().deserialize::<(String, String, OwnedValue)>()
        else {
            continue;
        };
        if let Some(scheme) = scheme_of_setting(&namespace, &key, &value)
            && !send(scheme)
        {
            break;
        }
    }
    Ok(())
}

impl AppState {
    /// Follow the desktop's colour scheme from `schemes` (see [`watch`]; tests send fakes).
    pub fn set_desktop_schemes(&mut self, schemes: Receiver<Scheme>) {
        self.desktop_schemes = Some(schemes);
    }

    /// The desktop's colour scheme as last reported, None until one is.
    pub fn desktop_scheme(&mut self) -> Option<Scheme> {
        if let Some(rx) = &self.desktop_schemes {
            while let Ok(scheme) = rx.try_recv() {
                self.desktop_scheme = Some(scheme);
            }
        }
        self.desktop_scheme
    }

    /// The theme to show: the chosen one, or for "System" the desktop's scheme; without one,
    /// the window system's (Windows, macOS) or light on Linux, where winit reports none.
    pub fn theme_preference(&mut self) -> egui::ThemePreference {
        match (self.theme, self.desktop_scheme()) {
            (Theme::Light, _) | (Theme::System, Some(Scheme::Light)) => {
                egui::ThemePreference::Light
            }
            (Theme::Dark, _) | (Theme::System, Some(Scheme::Dark)) => egui::ThemePreference::Dark,
            (Theme::System, None) if cfg!(target_os = "linux") => egui::ThemePreference::Light,
            (Theme::System, None) => egui::ThemePreference::System,
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use zbus::zvariant::Value;

    #[test]
    fn portal_replies_give_the_scheme() {
        assert_eq!(scheme_of_value(&Value::U32(1)), Some(Scheme::Dark));
        assert_eq!(scheme_of_value(&Value::U32(2)), Some(Scheme::Light));
        assert_eq!(scheme_of_value(&Value::U32(0)), Some(Scheme::Light));
        assert_eq!(scheme_of_value(&Value::U32(7)), None);
        // the older `Read` wraps the value in one more variant
        let wrapped = Value::Value(Box::new(Value::Value(Box::new(Value::U32(1)))));
        assert_eq!(scheme_of_value(&wrapped), Some(Scheme::Dark));
        assert_eq!(scheme_of_value(&Value::Str("dark".into())), None);
        assert_eq!(scheme_of_value(&Value::I32(1)), None);
    }

    #[test]
    fn only_the_colour_scheme_setting_counts() {
        let dark = Value::U32(1);
        assert_eq!(scheme_of_setting(NAMESPACE, KEY, &dark), Some(Scheme::Dark));
        assert_eq!(scheme_of_setting(NAMESPACE, "accent-color", &dark), None);
        assert_eq!(
            scheme_of_setting("org.gnome.desktop.interface", KEY, &dark),
            None
        );
    }
}

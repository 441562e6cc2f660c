//! The one journaled write path. Every request that changes something at a platform — a
//! top-up, a call, a lead, a contact, a key, a webhook; one at a time from a screen or row by
//! row in a bulk run — goes through [`write_once`] (or [`write_each_once`] for requests that
//! leave together): the intent is recorded before the request
//! leaves, the failure (if any) is classified once, from the provider client's own word, and
//! the outcome is recorded after. Only where the record is kept differs: the journal's actions
//! or a bulk run's rows (both tables of the one `store::Database`).

use std::future::Future;

use crate::{Error, Result};

/// What became of one write.
pub enum Written<T> {
    /// The platform answered that it did it.
    Applied(T),
    /// The platform (or a check before sending) said no: sending the same again gets the same.
    Refused(Error),
    /// Not applied, and the same request may go through later (the server could not be
    /// reached, Awaz's documented 503, the rate budget).
    NotApplied(Error),
    /// Sent, but no usable answer came back: it may have been applied. Never sent again until
    /// the platform's records or a person say it was not.
    MaybeApplied(Error),
}

impl<T> Written<T> {
    /// Classifies a result with the provider client's word (`Error::may_have_applied`,
    /// `Error::is_transient`); nothing here guesses from status codes.
    pub fn of<E: Into<Error>>(result: std::result::Result<T, E>) -> Written<T> {
        match result.map_err(Into::into) {
            Ok(answer) => Written::Applied(answer),
            Err(error) if error.may_have_applied() => Written::MaybeApplied(error),
            Err(error) if error.is_transient() => Written::NotApplied(error),
            Err(error) => Written::Refused(error),
        }
    }
}

/// Records the intent (`intend` gives the record's handle, or `None` when this very intent was
/// recorded before: then nothing is sent and `None` is returned), sends, classifies the result
/// and records it with `record`.
pub async fn write_once<H, T, E, R>(
    intend: impl FnOnce() -> Result<Option<H>>,
    send: impl Future<Output = std::result::Result<T, E>>,
    record: impl FnOnce(H, Written<T>) -> Result<R>,
) -> Result<Option<R>>
where
    E: Into<Error>,
{
    let Some(handle) = intend()? else {
        return Ok(None);
    };
    record(handle, Written::of(send.await)).map(Some)
}

/// [`write_once`] for requests that leave together: every intent is recorded by `intend` (one
/// transaction, so one disk flush for all) before any request leaves, then all are sent at once,
/// and `record` is given every outcome, in the order of `sends` (it writes them, or hands them
/// back to be written with the next intents, before anything else leaves).
pub async fn write_each_once<T, E, R>(
    intend: impl FnOnce() -> Result<()>,
    sends: impl IntoIterator<Item = impl Future<Output = std::result::Result<T, E>>>,
    record: impl FnOnce(Vec<Written<T>>) -> Result<R>,
) -> Result<R>
where
    E: Into<Error>,
{
    intend()?;
    let answers = futures::future::join_all(sends).await;
    record(answers.into_iter().map(Written::of).collect())
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    fn lost() -> awaz::Error {
        awaz::Error::OutcomeUnknown {
            status: Some(502),
            message: "Bad Gateway".to_owned(),
            raw: String::new(),
        }
    }

    #[tokio::test]
    async fn nothing_is_sent_for_an_intent_recorded_before() {
        let sent = AtomicUsize::new(0);
        let send = async {
            sent.fetch_add(1, Ordering::SeqCst);
            Ok::<_, awaz::Error>(())
        };
        let outcome = write_once(|| Ok(None::<()>), send, |(), _| Ok(())).await;
        assert!(matches!(outcome, Ok(None)));
        assert_eq!(sent.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn each_failure_is_recorded_as_the_client_classified_it() {
        let recorded = |result: std::result::Result<(), awaz::Error>| async move {
            write_once(
                || Ok(Some(())),
                async { result },
                |(), written| {
                    Ok(match written {
                        Written::Applied(()) => "applied",
                        Written::Refused(_) => "refused",
                        Written::NotApplied(_) => "not applied",
                        Written::MaybeApplied(_) => "maybe applied",
                    })
                },
            )
            .await
            .unwrap()
            .unwrap()
        };
        assert_eq!(recorded(Ok(())).await, "applied");
        assert_eq!(recorded(Err(lost())).await, "maybe applied");
        let busy = awaz::Error::Api {
            status: 503,
            message: "Service temporarily unavailable".to_owned(),
            raw: String::new(),
        };
        assert_eq!(recorded(Err(busy)).await, "not applied");
        assert_eq!(recorded(Err(awaz::Error::InvalidKey)).await, "refused");
    }

    #[tokio::test]
    async fn requests_leaving_together_go_only_after_every_intent_and_keep_their_order() {
        let sent = AtomicUsize::new(0);
        let send = |result: std::result::Result<u32, awaz::Error>| {
            let sent = &sent;
            async move {
                sent.fetch_add(1, Ordering::SeqCst);
                result
            }
        };
        let refused = write_each_once(
            || Err(Error::Storage("disk full".to_owned())),
            [send(Ok(1))],
            |_| Ok(()),
        )
        .await;
        assert!(refused.is_err());
        assert_eq!(
            sent.load(Ordering::SeqCst),
            0,
            "nothing leaves without its intent"
        );

        let words = write_each_once(
            || {
                assert_eq!(sent.load(Ordering::SeqCst), 0);
                Ok(())
            },
            [send(Ok(1)), send(Err(lost())), send(Ok(3))],
            |written| {
                Ok(written
                    .into_iter()
                    .map(|written| match written {
                        Written::Applied(n) => format!("applied {n}"),
                        Written::MaybeApplied(_) => "maybe applied".to_owned(),
                        _ => "other".to_owned(),
                    })
                    .collect::<Vec<_>>())
            },
        )
        .await
        .unwrap();
        assert_eq!(words, ["applied 1", "maybe applied", "applied 3"]);
        assert_eq!(sent.load(Ordering::SeqCst), 3);
    }
}

//! Lists that come a page at a time, each page naming the next with a
//! cursor (Pinterest's `bookmark`): every generated answer struct with an
//! `items` list and a `bookmark` implements [`Page`], and [`all`] or
//! [`Pages`] walk the pages for any operation, with no per-operation code.
//!
//! ```no_run
//! # async fn demo(client: &openapi_client_runtime::Client) -> Result<(), Box<dyn std::error::Error>> {
//! # struct AdAccounts { items: Vec<String>, bookmark: Option<String> }
//! # impl openapi_client_runtime::paginate::Page for AdAccounts {
//! #     type Item = String;
//! #     fn into_parts(self) -> (Vec<String>, Option<String>) { (self.items, self.bookmark) }
//! # }
//! # async fn ad_accounts_list(bookmark: Option<&str>, page_size: Option<i64>) -> Result<AdAccounts, std::io::Error> { unimplemented!() }
//! use openapi_client_runtime::paginate;
//!
//! // With a generated client: `client.ad_accounts_list(bookmark.as_deref(), Some(250), None)`.
//! let accounts = paginate::all(|bookmark| async move {
//!     ad_accounts_list(bookmark.as_deref(), Some(250)).await
//! })
//! .await?;
//! # Ok(()) }
//! ```

use std::future::Future;

/// One page of a list: its items, and the cursor of the next page, `None`
/// (or empty) on the last.
pub trait Page {
    /// What the list holds.
    type Item;

    /// The page's items and the next page's cursor.
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>);
}

/// A page's cursor field as the generated struct holds it (`String`,
/// `Option<String>`, or `Option<Option<String>>` when optional and
/// nullable): the next page's cursor, if any.
pub trait Cursor {
    /// The cursor, `None` when there is no next page.
    fn into_cursor(self) -> Option<String>;
}

impl Cursor for String {
    fn into_cursor(self) -> Option<String> {
        Some(self)
    }
}

impl<T: Cursor> Cursor for Option<T> {
    fn into_cursor(self) -> Option<String> {
        self.and_then(Cursor::into_cursor)
    }
}

/// Walks a list page by page: `fetch` is called with each page's cursor
/// (`None` for the first).
#[derive(Debug)]
#[must_use]
pub struct Pages<F> {
    fetch: F,
    cursor: Option<String>,
    done: bool,
}

impl<F> Pages<F> {
    /// Starts at the first page.
    pub fn new(fetch: F) -> Self {
        Pages {
            fetch,
            cursor: None,
            done: false,
        }
    }

    /// The next page's items, or `None` after the last page (or an error).
    /// A server that answers with the cursor it was given ends the walk,
    /// rather than looping forever.
    ///
    /// # Errors
    ///
    /// Whatever `fetch` returns; the walk ends there.
    pub async fn next_page<P, E, Fut>(&mut self) -> Option<Result<Vec<P::Item>, E>>
    where
        P: Page,
        F: FnMut(Option<String>) -> Fut,
        Fut: Future<Output = Result<P, E>>,
    {
        if self.done {
            return None;
        }
        let asked = self.cursor.take();
        match (self.fetch)(asked.clone()).await {
            Ok(page) => {
                let (items, next) = page.into_parts();
                match next {
                    Some(next) if !next.is_empty() && Some(&next) != asked.as_ref() => {
                        self.cursor = Some(next);
                    }
                    _ => self.done = true,
                }
                Some(Ok(items))
            }
            Err(error) => {
                self.done = true;
                Some(Err(error))
            }
        }
    }
}

/// Every item of every page, in order.
///
/// # Errors
///
/// The first error `fetch` returns.
pub async fn all<P, E, F, Fut>(fetch: F) -> Result<Vec<P::Item>, E>
where
    P: Page,
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<P, E>>,
{
    let mut pages = Pages::new(fetch);
    let mut items = Vec::new();
    while let Some(page) = pages.next_page().await {
        items.extend(page?);
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Numbers(Vec<u32>, Option<String>);

    /// A page's items and the cursor it names next.
    type PageSpec = (&'static [u32], Option<&'static str>);

    impl Page for Numbers {
        type Item = u32;
        fn into_parts(self) -> (Vec<u32>, Option<String>) {
            (self.0, self.1)
        }
    }

    /// A server whose pages are `pages`, each page's cursor its index.
    fn server(
        pages: &'static [PageSpec],
    ) -> impl FnMut(Option<String>) -> std::future::Ready<Result<Numbers, String>> {
        move |cursor| {
            let index: usize = cursor.map_or(0, |c| c.parse().expect("a cursor we gave"));
            std::future::ready(match pages.get(index) {
                Some((items, next)) => Ok(Numbers(items.to_vec(), next.map(str::to_owned))),
                None => Err(format!("no page {index}")),
            })
        }
    }

    fn run<T>(future: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
            .block_on(future)
    }

    #[test]
    fn walks_every_page_until_the_cursor_runs_out() {
        // (the server's pages: items and next cursor, what `all` gives)
        type Case = (&'static [PageSpec], Result<Vec<u32>, String>);
        let cases: [Case; 5] = [
            (
                &[(&[1, 2], Some("1")), (&[3], Some("2")), (&[], None)],
                Ok(vec![1, 2, 3]),
            ),
            (&[(&[1], Some(""))], Ok(vec![1])),
            // The same cursor again ends the walk instead of looping.
            (&[(&[1], Some("1")), (&[2], Some("1"))], Ok(vec![1, 2])),
            (&[(&[1], Some("7"))], Err("no page 7".to_owned())),
            (&[], Err("no page 0".to_owned())),
        ];
        for (pages, expected) in cases {
            assert_eq!(run(all(server(pages))), expected, "{pages:?}");
        }
    }

    #[test]
    fn cursors_of_every_shape() {
        assert_eq!("b".to_owned().into_cursor().as_deref(), Some("b"));
        assert_eq!(Some("b".to_owned()).into_cursor().as_deref(), Some("b"));
        assert_eq!(Option::<String>::None.into_cursor(), None);
        assert_eq!(Some(Option::<String>::None).into_cursor(), None);
        assert_eq!(
            Some(Some("b".to_owned())).into_cursor().as_deref(),
            Some("b")
        );
    }

    #[test]
    fn pages_stop_after_an_error() {
        let mut pages = Pages::new(server(&[(&[1], Some("9"))]));
        assert_eq!(run(pages.next_page()), Some(Ok(vec![1])));
        assert_eq!(run(pages.next_page()), Some(Err("no page 9".to_owned())));
        assert_eq!(run(pages.next_page::<Numbers, String, _>()), None);
    }
}

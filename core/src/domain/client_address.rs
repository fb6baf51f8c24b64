//! Who is asking: the client's address, for the login rate limit and the logs.
//!
//! Behind a reverse proxy every connection comes from the proxy, so the limit per address
//! would lock everyone out at once. The proxy says who its client was in
//! `X-Forwarded-For` or `Forwarded` — but anyone can send those headers, so they are read
//! only when the connection comes from a proxy the operator named in
//! `OPSTAP_TRUSTED_PROXIES`. The chain is read from the right (the address the nearest
//! proxy saw) past every trusted proxy; the first address that is not one is the client.

use std::net::IpAddr;

/// One trusted address or range (`10.0.0.1`, `10.0.0.0/8`, `fd00::/8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AddressRange {
    base: IpAddr,
    prefix: u8,
}

impl AddressRange {
    pub fn parse(text: &str) -> Option<AddressRange> {
        let text = text.trim();
        let (addr, prefix) = match text.split_once('/') {
            Some((a, p)) => (a, Some(p.parse::<u8>().ok()?)),
            None => (text, None),
        };
        let base: IpAddr = addr.parse().ok()?;
        let max = if base.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        (prefix <= max).then_some(AddressRange { base, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        match (self.base, ip) {
            (IpAddr::V4(b), IpAddr::V4(a)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(b) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(b), IpAddr::V6(a)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(b) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

/// `::ffff:10.0.0.1` as `10.0.0.1`.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

/// `OPSTAP_TRUSTED_PROXIES`: addresses and ranges separated by commas or spaces; the
/// first entry that is not one is the error.
pub fn parse_list(text: &str) -> Result<Vec<AddressRange>, String> {
    text.split([',', ' '])
        .filter(|s| !s.trim().is_empty())
        .map(|s| AddressRange::parse(s).ok_or_else(|| s.trim().to_string()))
        .collect()
}

/// The addresses a `Forwarded` header lists (`for=192.0.2.60;proto=https, for="[2001:db8::1]:4711"`),
/// left to right.
fn forwarded_for(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (k, v) = pair.split_once('=')?;
                k.trim()
                    .eq_ignore_ascii_case("for")
                    .then(|| v.trim().trim_matches('"').to_string())
            })
        })
        .collect()
}

/// An address as a proxy writes it: `1.2.3.4`, `1.2.3.4:80`, `[::1]:80`, `::1`.
fn parse_node(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    let (host, _port) = text.rsplit_once(':')?;
    host.parse().ok()
}

/// The client's address: `peer` itself unless it is a trusted proxy; then the nearest
/// address in the forwarding headers that is not a trusted proxy (`Forwarded` first, else
/// `X-Forwarded-For`). A header that cannot be read leaves the proxy's address.
pub fn client(
    peer: IpAddr,
    forwarded: Option<&str>,
    x_forwarded_for: Option<&str>,
    trusted: &[AddressRange],
) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|r| r.contains(ip));
    if !is_trusted(peer) {
        return canonical(peer);
    }
    let chain: Vec<String> = match (forwarded, x_forwarded_for) {
        (Some(f), _) => forwarded_for(f),
        (None, Some(x)) => x.split(',').map(|s| s.trim().to_string()).collect(),
        (None, None) => Vec::new(),
    };
    let mut client = canonical(peer);
    for node in chain.iter().rev() {
        match parse_node(node) {
            Some(ip) => {
                client = canonical(ip);
                if !is_trusted(client) {
                    return client;
                }
            }
            // `unknown` or garbage: nothing further left can be believed.
            None => return client,
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ranges_match_their_addresses() {
        let r = AddressRange::parse("10.0.0.0/8").unwrap();
        assert!(r.contains(ip("10.1.2.3")) && !r.contains(ip("11.0.0.1")));
        assert!(r.contains(ip("::ffff:10.0.0.9")));
        let one = AddressRange::parse("127.0.0.1").unwrap();
        assert!(one.contains(ip("127.0.0.1")) && !one.contains(ip("127.0.0.2")));
        let v6 = AddressRange::parse("fd00::/8").unwrap();
        assert!(v6.contains(ip("fd12::1")) && !v6.contains(ip("fe80::1")));
        assert!(AddressRange::parse("0.0.0.0/0")
            .unwrap()
            .contains(ip("8.8.8.8")));
        for bad in ["10.0.0.0/33", "x", "10.0.0/8", "::/129", ""] {
            assert!(AddressRange::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(parse_list("127.0.0.1, 10.0.0.0/8 ::1").unwrap().len(), 3);
        assert_eq!(parse_list("127.0.0.1,nope"), Err("nope".into()));
    }

    #[test]
    fn forwarding_headers_count_only_from_trusted_proxies() {
        let trusted = parse_list("10.0.0.0/8").unwrap();
        let proxy = ip("10.0.0.2");
        // Not from a proxy: the headers are whatever the client made up.
        assert_eq!(
            client(ip("198.51.100.7"), None, Some("1.2.3.4"), &trusted),
            ip("198.51.100.7")
        );
        // From the proxy: the nearest untrusted address, even if the client sent a fake one.
        assert_eq!(
            client(proxy, None, Some("6.6.6.6, 203.0.113.9"), &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(
            client(proxy, None, Some("203.0.113.9, 10.0.0.7"), &trusted),
            ip("203.0.113.9"),
            "a chain of trusted proxies is walked past"
        );
        assert_eq!(
            client(
                proxy,
                Some("for=192.0.2.60;proto=https, for=\"[2001:db8::1]:4711\""),
                None,
                &trusted
            ),
            ip("2001:db8::1")
        );
        assert_eq!(client(proxy, Some("for=unknown"), None, &trusted), proxy);
        assert_eq!(client(proxy, None, None, &trusted), proxy);
        assert_eq!(
            client(proxy, None, Some("203.0.113.9:51000"), &trusted),
            ip("203.0.113.9")
        );
        // Nothing trusted: headers never count.
        assert_eq!(client(proxy, None, Some("1.2.3.4"), &[]), proxy);
    }
}

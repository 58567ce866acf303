//! A tiny authoritative DNS server on a loopback UDP port, answering TXT and CNAME
//! queries from records the test sets (RFC 1035 wire format, written by hand).
//!
//! * A name with no record at all → `NXDOMAIN`; a name with records of another type →
//!   `NOERROR` with no answer (NODATA).
//! * A query for another type at a name holding a CNAME gets the CNAME, followed by the
//!   target's records of the asked type (as a recursive resolver would answer).
//! * EDNS (an OPT record in the query) is ignored; answers never exceed 512 bytes in the
//!   tests, so there is no truncation and no TCP.

use std::net::{SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const TXT: u16 = 16;
const CNAME: u16 = 5;

#[derive(Debug, Clone)]
enum Record {
    Txt(String),
    Cname(String),
}

#[derive(Default)]
struct Shared {
    records: Mutex<Vec<(String, Record)>>,
    queries: Mutex<Vec<(String, u16)>>,
    stop: AtomicBool,
}

/// See the [module docs](self). Stops when dropped.
pub struct DnsServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

fn norm(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

impl DnsServer {
    pub fn start() -> DnsServer {
        let sock = UdpSocket::bind("127.0.0.1:0").expect("dns: bind 127.0.0.1:0");
        sock.set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        let addr = sock.local_addr().unwrap();
        let shared = Arc::new(Shared::default());
        let s = shared.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 1500];
            while !s.stop.load(Ordering::SeqCst) {
                let Ok((n, peer)) = sock.recv_from(&mut buf) else {
                    continue;
                };
                if let Some(reply) = answer(&s, &buf[..n]) {
                    let _ = sock.send_to(&reply, peer);
                }
            }
        });
        DnsServer { addr, shared }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Adds a TXT record (one string; long ones are split into 255-byte chunks on the wire).
    pub fn add_txt(&self, name: &str, text: &str) {
        self.shared
            .records
            .lock()
            .unwrap()
            .push((norm(name), Record::Txt(text.to_string())));
    }

    pub fn add_cname(&self, name: &str, target: &str) {
        self.shared
            .records
            .lock()
            .unwrap()
            .push((norm(name), Record::Cname(norm(target))));
    }

    /// Every query received: (name, type).
    pub fn queries(&self) -> Vec<(String, u16)> {
        self.shared.queries.lock().unwrap().clone()
    }
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
    }
}

/// Reads the question name starting at `pos`; returns (name, position after it).
fn read_name(msg: &[u8], mut pos: usize) -> Option<(String, usize)> {
    let mut labels = Vec::new();
    loop {
        let len = *msg.get(pos)? as usize;
        pos += 1;
        if len == 0 {
            break;
        }
        if len & 0xC0 != 0 {
            return None; // no compression in questions
        }
        labels.push(String::from_utf8_lossy(msg.get(pos..pos + len)?).to_string());
        pos += len;
    }
    Some((labels.join("."), pos))
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    for label in name.split('.').filter(|l| !l.is_empty()) {
        out.push(label.len() as u8);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
}

fn rr(out: &mut Vec<u8>, name: &str, rtype: u16, rdata: &[u8]) {
    write_name(out, name);
    out.extend_from_slice(&rtype.to_be_bytes());
    out.extend_from_slice(&1u16.to_be_bytes()); // IN
    out.extend_from_slice(&60u32.to_be_bytes()); // TTL
    out.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
    out.extend_from_slice(rdata);
}

fn rdata(r: &Record) -> (u16, Vec<u8>) {
    match r {
        Record::Txt(t) => {
            let mut d = Vec::new();
            let bytes = t.as_bytes();
            if bytes.is_empty() {
                d.push(0);
            }
            for chunk in bytes.chunks(255) {
                d.push(chunk.len() as u8);
                d.extend_from_slice(chunk);
            }
            (TXT, d)
        }
        Record::Cname(target) => {
            let mut d = Vec::new();
            write_name(&mut d, target);
            (CNAME, d)
        }
    }
}

fn answer(s: &Shared, q: &[u8]) -> Option<Vec<u8>> {
    if q.len() < 12 || u16::from_be_bytes([q[4], q[5]]) != 1 {
        return None;
    }
    let (qname, end) = read_name(q, 12)?;
    let qtype = u16::from_be_bytes([*q.get(end)?, *q.get(end + 1)?]);
    let question = q.get(12..end + 4)?;
    s.queries.lock().unwrap().push((qname.clone(), qtype));

    let records = s.records.lock().unwrap().clone();
    let at = |name: &str| -> Vec<Record> {
        records
            .iter()
            .filter(|(n, _)| *n == norm(name))
            .map(|(_, r)| r.clone())
            .collect()
    };
    let mut answers: Vec<(String, Record)> = Vec::new();
    let here = at(&qname);
    let mut name = qname.clone();
    // Follow CNAMEs (at most 8) unless the CNAME itself was asked for.
    let mut hops = 0;
    let mut current = here.clone();
    loop {
        let cname = current.iter().find_map(|r| match r {
            Record::Cname(t) => Some(t.clone()),
            _ => None,
        });
        match cname {
            Some(t) if qtype != CNAME && hops < 8 => {
                answers.push((name.clone(), Record::Cname(t.clone())));
                name = t;
                current = at(&name);
                hops += 1;
            }
            _ => break,
        }
    }
    for r in current {
        let t = rdata(&r).0;
        if t == qtype {
            answers.push((name.clone(), r));
        }
    }
    let rcode: u16 = if here.is_empty() { 3 } else { 0 };
    let rd = u16::from_be_bytes([q[2], q[3]]) & 0x0100;
    let flags: u16 = 0x8000 | 0x0400 | rd | 0x0080 | rcode; // QR AA RD RA rcode
    let mut out = Vec::with_capacity(512);
    out.extend_from_slice(&q[0..2]);
    out.extend_from_slice(&flags.to_be_bytes());
    out.extend_from_slice(&1u16.to_be_bytes());
    out.extend_from_slice(&(answers.len() as u16).to_be_bytes());
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(question);
    for (n, r) in &answers {
        let (t, d) = rdata(r);
        rr(&mut out, n, t, &d);
    }
    Some(out)
}

//! Shared by tests/tls.rs and examples/tls_cost.rs: a CA and certificates made with the openssl CLI,
//! and private `memcached -Z` daemons on loopback, stopped when dropped.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Certs {
    pub dir: PathBuf,
}

impl Drop for Certs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn run(args: &[&str]) -> Result<(), String> {
    let out = Command::new(args[0]).args(&args[1..]).output().map_err(|e| format!("{}: {e}", args[0]))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{:?}: {}", args, String::from_utf8_lossy(&out.stderr)))
    }
}

/// None when openssl or memcached (with -Z) is missing.
pub fn available() -> bool {
    let mc = Command::new("memcached").arg("-h").output();
    let ssl = Command::new("openssl").arg("version").output();
    matches!((mc, ssl), (Ok(m), Ok(s)) if s.status.success() && String::from_utf8_lossy(&m.stdout).contains("--enable-ssl"))
}

pub fn certs() -> Result<Certs, String> {
    let dir = std::env::temp_dir().join(format!("php_memcache_tls_rs_{}_{:?}", std::process::id(), std::thread::current().id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let c = Certs { dir };
    let p = |f: &str| c.dir.join(f).to_string_lossy().into_owned();
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
    let mut a = vec!["openssl", "req", "-x509"];
    a.extend(ec);
    let (ck, cp) = (p("ca.key"), p("ca.pem"));
    a.extend(["-keyout", &ck, "-out", &cp, "-days", "2", "-subj", "/CN=test CA", "-addext", "basicConstraints=critical,CA:TRUE"]);
    run(&a)?;
    for (name, ext) in [("server", "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"), ("client", "extendedKeyUsage=clientAuth\n")] {
        let (k, csr, pem, e) = (p(&format!("{name}.key")), p(&format!("{name}.csr")), p(&format!("{name}.pem")), p(&format!("{name}.ext")));
        let mut a = vec!["openssl", "req"];
        a.extend(ec);
        a.extend(["-keyout", &k, "-out", &csr, "-subj", "/CN=localhost"]);
        run(&a)?;
        std::fs::write(&e, ext).map_err(|e| e.to_string())?;
        run(&["openssl", "x509", "-req", "-in", &csr, "-CA", &cp, "-CAkey", &ck, "-CAcreateserial", "-out", &pem, "-days", "2", "-extfile", &e])?;
    }
    Ok(c)
}

pub struct Daemon {
    child: Child,
    pub port: u16,
    pub plain: u16,
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(0)
}

/// memcached -Z with a TLS and a plaintext listener; `extra` is appended to the -o list.
pub fn daemon(c: &Certs, extra: &str) -> Result<Daemon, String> {
    let p = |f: &str| c.dir.join(f).to_string_lossy().into_owned();
    for _ in 0..5 {
        let (port, plain) = (free_port(), free_port());
        let opts = format!("ssl_chain_cert={},ssl_key={}{extra}", p("server.pem"), p("server.key"));
        let mut cmd = Command::new("memcached");
        cmd.args(["-Z", "-o", &opts, "-l", &format!("127.0.0.1:{port}"), "-l", &format!("notls:127.0.0.1:{plain}"), "-U", "0", "-t", "1"]);
        // SAFETY: getuid has no preconditions.
        if unsafe { libc::getuid() } == 0 {
            cmd.args(["-u", "root"]);
        }
        let child = cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn().map_err(|e| e.to_string())?;
        let mut d = Daemon { child, port, plain };
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", plain)).is_ok() && std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(d);
            }
            if let Ok(Some(_)) = d.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    Err("memcached -Z did not start".into())
}

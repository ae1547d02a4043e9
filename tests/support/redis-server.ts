/**
 * A real redis-server for the tests and the bench, on a free loopback port: started as a child
 * of this process (so it is this process's to stop), ready once it answers PING, and restarted
 * on the same port to play Redis going away. Without `dir` it keeps nothing on disk, so a
 * restart comes back empty; with `dir` it writes an append-only file there and comes back with
 * what it held.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { connect, createServer } from "node:net";

/** Whether Debian's redis-server (or any) is on PATH. */
export function hasRedisServer(): boolean {
  return spawnSync("sh", ["-c", "command -v redis-server"], { stdio: "ignore" }).status === 0;
}

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether a Redis on `port` answers PING within `ms`. */
function pong(port: number, ms = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.setTimeout(ms, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

export type RedisServer = { port: number; url: string; stop(): Promise<void>; start(): Promise<void>; restart(): Promise<void> };

/** Starts a redis-server on a free port (or `port`) and waits until it answers. */
export async function startRedisServer(options: { port?: number; dir?: string } = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  let child: ChildProcess | undefined;
  const persistence = options.dir ? ["--appendonly", "yes", "--appendfsync", "always", "--dir", options.dir] : ["--appendonly", "no"];

  async function start() {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...persistence, "--daemonize", "no", "--loglevel", "warning"], { stdio: "ignore" });
    for (let i = 0; i < 100; i++) {
      if (await pong(port)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not answer on port ${port} within 5 s`);
  }

  async function stop() {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once("exit", r));
    running.kill("SIGTERM");
    await exited;
  }

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    restart: async () => {
      await stop();
      await start();
    },
  };
}

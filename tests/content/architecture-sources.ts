/** What the reference documents name, per architecture and flow: the content test checks each is on its map. */
export type Source = { doc: "000" | "001" | "002" | "004"; section: string; nodes: string[]; edges?: [string, string, string][] };

/*
 * Conventions
 * - Documents: 000 = explorer landing page, 001 = "Chapter 6 — Architecture Diagrams",
 *   002 = "Architecture Overview" (mermaid), 004 = "Architecture Diagrams" (ten templates).
 * - One label per distinct component. When a merged page has the same component in several
 *   sources, every source uses the same label, so the page needs one node for it; the name
 *   the document itself uses is in the comment next to it.
 * - Labels of the layer/group frames (e.g. 6.2's EDGE LAYER, 002's subgraphs) are groups,
 *   not nodes; they are named in comments.
 * - Lines listed inside a box (features, tools, topics) are not nodes.
 *
 * Merge decided: 000 "Classic Web App", 004 "1. Basic Web Application" and 001 "6.1 Backend +
 * Database Architecture (Standard)" are one page, `classic-web-app` (ids `basic-web-app` and
 * `standard-backend` are dropped). Same shape (edge CDN -> load balancer -> stateless app
 * servers -> primary database + cache, replicas for reads) and same purpose (the default,
 * low-complexity starting architecture). 6.1 adds a queue + worker and the app server's
 * inner layers; 004 adds object storage; 000 lists read replicas only as a variation.
 *
 * Not merged (related, but shape or purpose differ):
 * - 001 6.2 `production-backend` vs 004 `microservices`: 004 gives each service its own
 *   database and a broker fan-out to async services; 6.2 is a layered production deployment
 *   with a shared clustered data layer, multi-PoP edge, secrets and alerting.
 * - 002 `platform-overview` vs 6.2: 002 is an overview of a typical platform with its own
 *   labelled edges (auth service, workers, read replicas); 6.2 has no client, auth or worker
 *   and adds mesh, clusters, search, secrets, alerting.
 * - 004 `cqrs` vs flow `cqrs-event-sourcing`: 004 keeps a write DB as source of truth and
 *   syncs via an event store; 001 is event-sourced (the event log is the truth, a projector
 *   builds the read DB) and has no write DB. Cross-link them instead.
 * - 000 `real-time-app` (WebSocket fan-out) vs 004 `real-time-data-processing` (analytics
 *   streams): different purpose entirely.
 */
export const ARCHITECTURE_SOURCES: Record<string, Source[]> = {
  // The default starting shape for most web products: client, CDN, app servers, cache and a primary database.
  "classic-web-app": [
    {
      doc: "000",
      section: "Classic Web App",
      nodes: [
        "Client",
        "CDN", // 000: "CDN / Edge"
        "App server", // 000: "API Layer"
        "Redis cache", // 000: "Cache"
        "Primary database", // 000: "Database"
      ],
      // Variations named in 000 (not base nodes): add read replicas; cache whole HTML pages at the CDN.
    },
    {
      doc: "004",
      section: "1. Basic Web Application",
      nodes: [
        "Client", // 004: "Users (Web Browsers)"
        "CDN", // static JS/CSS
        "Load balancer", // NGINX/ALB
        "App server", // 004: "Web Server (Node)", drawn three times
        "Redis cache", // 004: "Redis (Cache)", also sessions
        "Primary database", // RDS
        "Read replica",
        "Object storage", // S3
      ],
    },
    {
      doc: "001",
      section: "6.1 Backend + Database Architecture (Standard)",
      nodes: [
        "Internet", // drawn as its own box above the CDN
        "CDN", // CloudFront / Cloudflare; static assets, DDoS, TLS, edge caching are features
        "Load balancer", // ALB / Nginx; health checks, routing, draining are features
        "App server", // drawn twice (App Server 1, App Server 2)
        "Middleware", // inner layer of each app server
        "Business logic", // inner layer of each app server
        "ORM / data access layer", // inner layer of each app server ("ORM/DAL")
        "Primary database", // 001: "PostgreSQL (Primary)"; its inner Data/WAL/Indexes box is treated as internals, not a node
        "Redis cache", // 001: "Redis (Cache + Sessions)"
        "Message queue", // RabbitMQ / Kafka
        "Worker", // 001: "Worker Processes (Background jobs)"
        "Read replica", // drawn twice (Read Replica 1, 2)
      ],
    },
  ],

  // Web app plus model calls, with retrieval from its own documents to inform the prompts.
  "ai-application": [
    {
      doc: "000",
      section: "AI Application",
      nodes: ["Client", "API layer", "Retrieval", "LLM provider", "Vector store", "Database"],
    },
  ],

  // Long-lived client connections (WebSocket/SSE) with a pub/sub broker fanning messages out across server instances.
  "real-time-app": [
    {
      doc: "000",
      section: "Real-Time App",
      nodes: ["Client", "WebSocket server", "Pub/sub broker", "API / workers", "Database"],
    },
  ],

  // Slow work leaves the request path: the API enqueues, workers consume, results go back to the database.
  "background-jobs": [
    {
      doc: "000",
      section: "Background Jobs",
      nodes: ["Client", "API layer", "Queue", "Worker", "Database", "Object storage"],
    },
  ],

  // Large or enterprise systems split into services, each with its own database, talking async via a broker.
  microservices: [
    {
      doc: "004",
      section: "2. Microservices Architecture",
      nodes: [
        "API gateway", // Kong/Envoy
        "User service",
        "Order service",
        "Payment service",
        "Users DB",
        "Orders DB",
        "Payments DB",
        "Message broker", // Kafka/RabbitMQ
        "Email service",
        "Analytics service",
        "Inventory service",
        "Service mesh", // Istio/Linkerd; discovery, load balancing, circuit breaking, mTLS are features
        "Observability stack", // logging, metrics, tracing are listed inside the one box
      ],
      // No client is drawn.
    },
  ],

  // Producers publish to an event bus and independent consumer groups react; suits real-time, reactive systems.
  "event-driven": [
    {
      doc: "004",
      section: "3. Event-Driven Architecture",
      nodes: [
        "Web API", // producer (cells of the EVENT PRODUCERS box)
        "Mobile API", // producer
        "IoT devices", // producer
        "Scheduled jobs", // producer
        "Event bus", // Kafka; topics user/order/payment.events are listed inside
        "Email notification", // consumer group 1
        "Analytics processing", // consumer group 2
        "Audit logging", // consumer group 3
        "Email DB",
        "Data warehouse",
        "Audit store",
      ],
      // The order/payment/inventory/notification services appear only in the prose event-flow example, not as boxes.
    },
  ],

  // Separate write and read models for complex domains whose read and write loads differ a lot.
  cqrs: [
    {
      doc: "004",
      section: "4. CQRS Pattern",
      nodes: [
        "Client",
        "Command API", // write model
        "Command handler",
        "Write DB", // PostgreSQL, source of truth
        "Event store", // Kafka; events sync the read DB
        "Query API", // read model
        "Query handler",
        "Read DB", // MongoDB/Elasticsearch
      ],
    },
  ],

  // Two regions behind a global traffic manager, for global users, disaster recovery and low latency.
  "multi-region": [
    {
      doc: "004",
      section: "5. Multi-Region Deployment",
      nodes: [
        "Global traffic manager", // e.g. Route 53 or a global load balancer; how it picks a region is a feature, not a box
        "Primary region", // drawn as US-EAST-1 (Primary)
        "Secondary region", // drawn as EU-WEST-1 (Secondary)
        "Regional CDN", // drawn twice, one per region
        "Load balancer", // drawn twice, one per region
        "Application tier", // drawn twice, auto-scaling, one per region
        "Primary database", // RDS Multi-AZ, in the primary region
        "Replica database", // cross-region, in the secondary region
        "Object storage", // S3, drawn twice, synced between regions
      ],
    },
  ],

  // Hot, warm and cold processing paths over ingested event streams, for analytics, monitoring, fraud detection.
  "real-time-data-processing": [
    {
      doc: "004",
      section: "6. Real-Time Data Processing",
      nodes: [
        "Web clicks", // data source
        "Mobile events", // data source
        "IoT sensors", // data source
        "Application logs", // data source
        "Ingestion layer", // Kafka, Kinesis
        "Stream (Flink/Storm)", // "Stream processing (Flink/Storm)": real-time, under a second (shortened to fit a node)
        "Stream (Spark Streaming)", // "Stream processing (Spark Streaming)": near real-time, seconds (shortened to fit a node)
        "Batch processing", // Spark, hourly/daily
        "Hot path", // Redis/DynamoDB
        "Warm path", // time-series DB
        "Cold path", // data warehouse
        "Visualization", // dashboards, alerts, reports are listed inside
      ],
    },
  ],

  // Edge caches worldwide with an origin shield in front of the origin, for media, news and downloads.
  "content-delivery": [
    {
      doc: "004",
      section: "7. Content Delivery Architecture",
      nodes: [
        "End users",
        "CDN edge location", // drawn four times (US-West, US-East, Europe, Asia) inside the "CDN Edge Locations" box
        "Origin shield", // regional cache
        "Origin servers",
        "Object storage", // static origin (S3/GCS), listed inside Origin Servers
        "App server", // dynamic origin, listed inside Origin Servers
        "Database", // dynamic origin, listed inside Origin Servers
      ],
    },
  ],

  // A backend-for-frontend gateway and services tuned for mobile apps and PWAs.
  "mobile-backend": [
    {
      doc: "004",
      section: "8. Mobile Backend Architecture",
      nodes: [
        "Mobile clients", // iOS, Android, React Native
        "Mobile API gateway", // backend for frontend; auth, rate limiting, aggregation, compression, offline support are features
        "User service",
        "Content service",
        "Push service",
        "User DB",
        "Content DB",
        "FCM / APNs",
        "CDN", // for media
        "Object storage",
      ],
      // The on-device local database appears only in the patterns list, not as a box.
    },
  ],

  // Batch and stream data from many sources through data lakes into a warehouse, for BI, analytics and ML.
  "data-pipeline": [
    {
      doc: "004",
      section: "9. Data Pipeline Architecture",
      nodes: [
        "Databases", // data source
        "APIs", // data source
        "Files", // data source
        "Streams", // data source
        "Third-party services", // data source
        "Data ingestion", // batch and stream inputs listed inside
        "Raw data lake",
        "Data processing", // Spark, Airflow; extract/transform/load steps listed inside
        "Curated data lake",
        "Processed data lake",
        "Data warehouse", // Snowflake, Redshift, BigQuery
        "Analytics", // Tableau, Looker, Power BI listed inside
        "ML training", // feature store, models listed inside
        "Orchestration (Airflow)", // separate box; DAG extract -> transform -> load -> quality checks -> dashboards
      ],
    },
  ],

  // Managed functions behind an API gateway, for spiky workloads, event-driven apps and fast prototypes.
  serverless: [
    {
      doc: "004",
      section: "10. Serverless Architecture",
      nodes: [
        "Client", // web, mobile, IoT
        "CloudFront CDN",
        "API gateway", // REST/WebSocket, Cognito auth, rate limiting, validation are features
        "Lambda (user)",
        "Lambda (order)",
        "Lambda (payment)",
        "DynamoDB",
        "SQS queue",
        "S3",
        "Lambda worker", // consumes SQS
        "DynamoDB Streams", // listed in the Event Sources box
        "EventBridge", // listed in the Event Sources box (scheduled jobs)
      ],
      // SNS and Kinesis appear only in the prose pattern list, not as boxes.
    },
  ],

  // A high-level view of a typical web platform: clients, edge, auth, services, data, messaging, workers, observability.
  "platform-overview": [
    {
      doc: "002",
      section: "Architecture Overview (mermaid flowchart)",
      // Subgraphs (groups): Clients, Edge, AuthLayer, Services, Workers, Messaging, Data, Observability.
      nodes: [
        "Web app", // browser
        "Mobile app", // native
        "CDN", // static assets
        "Load balancer",
        "API gateway", // with WAF
        "Auth service", // OAuth, JWT
        "User service",
        "Order service",
        "Payment service",
        "Search service",
        "Background workers",
        "Message broker", // Kafka, RabbitMQ
        "Redis cache", // 002: "Cache - Redis"
        "Primary database", // PostgreSQL, MySQL
        "Read replicas",
        "Object storage", // S3
        "Logging",
        "Metrics", // Prometheus
        "Tracing", // Jaeger
      ],
      edges: [
        ["Web app", "CDN", "HTTPS Assets"],
        ["Mobile app", "API gateway", "HTTPS API"],
        ["CDN", "Load balancer", ""],
        ["Load balancer", "API gateway", ""],
        ["API gateway", "Auth service", "Auth token validation"],
        ["API gateway", "User service", "API requests"],
        ["API gateway", "Order service", "API requests"],
        ["API gateway", "Payment service", "API requests"],
        ["API gateway", "Search service", "API requests"],
        ["User service", "Primary database", "read write"],
        ["Order service", "Primary database", "read write"],
        ["Payment service", "Primary database", "read write"],
        ["Primary database", "Read replicas", ""],
        ["User service", "Redis cache", ""],
        ["Order service", "Redis cache", ""],
        ["Search service", "Object storage", "indexing"],
        ["Order service", "Message broker", "publish events"],
        ["Payment service", "Message broker", "publish events"],
        ["Message broker", "Background workers", "consume"],
        ["Background workers", "Primary database", "write results"],
        ["Background workers", "Object storage", "store files"],
        // The telemetry edges are dotted in the mermaid source.
        ["User service", "Logging", "telemetry"],
        ["Order service", "Logging", "telemetry"],
        ["Payment service", "Logging", "telemetry"],
        ["Background workers", "Logging", "telemetry"],
        ["User service", "Metrics", "telemetry"],
        ["Order service", "Metrics", "telemetry"],
        ["Payment service", "Metrics", "telemetry"],
        ["User service", "Tracing", "telemetry"],
        ["Order service", "Tracing", "telemetry"],
        ["Payment service", "Tracing", "telemetry"],
      ],
    },
  ],

  // A production-grade, horizontally scalable backend in layers: edge, API gateway, services with mesh, data, observability.
  "production-backend": [
    {
      doc: "001",
      section: "6.2 Scalable Backend Architecture (Production-Grade)",
      nodes: [
        // EDGE LAYER
        "CDN PoP", // drawn three times (US-East, EU-West, AP-South); WAF rules, rate limit, DDoS mitigation are features
        // API GATEWAY LAYER
        "API gateway", // Kong / AWS API Gateway; JWT auth, rate limiting, transformation, versioning, logging, circuit breaker are features
        // SERVICE LAYER
        "User service", // 3 replicas
        "Order service", // 5 replicas
        "Payment service", // 3 replicas ("Payment Svc")
        "Notification service",
        "Service mesh", // Istio / Linkerd; mTLS, traffic management, tracing, retry/timeout are features
        // DATA LAYER
        "PostgreSQL cluster",
        "PostgreSQL primary", // inside the cluster, replicates to the replicas
        "PostgreSQL replica", // drawn twice inside the cluster
        "Redis cluster",
        "Redis master", // drawn twice inside the cluster
        "Redis replica", // drawn twice, one per master
        "Elasticsearch", // search
        "Kafka", // event stream, 3 brokers (noted as text, one box)
        "S3", // object store
        "Secrets manager", // Vault / AWS Secrets Manager
        // OBSERVABILITY LAYER
        "Prometheus", // metrics
        "Grafana", // dashboards
        "Jaeger", // tracing
        "ELK stack", // logs
        "PagerDuty", // alerting
      ],
      // No client is drawn.
    },
  ],
};

export const FLOW_SOURCES: Record<string, Source[]> = {
  // One authenticated order request checked at the edge, at the gateway, then through the app's middleware stages.
  "request-lifecycle": [
    {
      doc: "001",
      section: "Request lifecycle (after 6.2)",
      nodes: [
        "Client", // HTTPS (TLS 1.3) POST /api/v1/orders with a bearer token
        "WAF / CDN", // IP blocklist, OWASP rules, size limit, DDoS detection; passes on "PASS"
        "API gateway", // rate limit, JWT signature/expiry/audience/issuer, identity, logging; passes on "AUTHENTICATED"
        "Application server", // runs the middleware pipeline below
        "Request parsing", // stage 1
        "Input validation", // stage 2
        "Authorization", // stage 3
        "Business logic", // stage 4
        "Response", // stage 5
      ],
    },
  ],

  // Leader/replica database replication: how writes spread, how reads are routed, how a failover promotes a replica.
  replication: [
    {
      doc: "001",
      section: "Replication: write path",
      nodes: [
        "App server",
        "Primary", // leader; writes the WAL, which streams to the replicas
        "Replica 1 (sync)", // no lag, confirms to primary
        "Replica 2 (async)", // under 100 ms lag, eventually consistent
        "Replica 3 (cross-region)", // async, ~50 ms lag, DR/backup
      ],
    },
    {
      doc: "001",
      section: "Replication: read path",
      nodes: [
        "App server",
        "Read router", // inside the app server
        "Recent-write check", // yes -> primary (read-your-writes)
        "Round-robin to replicas", // no -> replica 1 or 2
        "Primary",
        "Replica 1 (sync)",
        "Replica 2 (async)",
      ],
    },
    {
      doc: "001",
      section: "Replication: failover scenario",
      nodes: [
        "Health check", // named in step 1 (detects the primary is down), not drawn as a box
        "Primary", // goes down; rejoins later as a replica
        "Replica 1 (sync)", // promoted to primary
        "Replica 2 (async)", // re-pointed at the new primary
      ],
    },
  ],

  // Five cache layers from the browser down to the database, and how a write invalidates cached copies.
  "multi-layer-cache": [
    {
      doc: "001",
      section: "Multi-layer cache",
      nodes: [
        "Client cache", // layer 0: browser cache, service worker cache
        "CDN / edge cache", // layer 1
        "Application cache", // layer 2: in-process, per instance
        "Distributed cache (Redis)", // layer 3: Redis / Memcached, shared
        "Database", // layer 4: PostgreSQL buffer cache, OS page cache, disk
      ],
      // Each layer falls through to the next on a MISS.
    },
    {
      doc: "001",
      section: "Cache invalidation flow",
      nodes: [
        "App server",
        "Database", // receives the write
        "Distributed cache (Redis)", // key deleted after the write (cache-aside)
        "Kafka", // update event published
        "Other services", // consume the event and drop their own cached copies
      ],
    },
  ],

  // Token-based auth between an SPA, an identity provider and a resource API: register, login, API request, refresh, logout.
  "token-flow": [
    {
      doc: "001",
      section: "Token flow",
      nodes: [
        "Client", // SPA
        "Auth server", // identity provider
        "API server", // resource server
      ],
      // Phases: registration, login, API request, token refresh, logout.
      // Also mentioned in step text, not drawn: the DB holding refresh tokens, the Redis access-token blocklist.
    },
  ],

  // Where attacks can land, layer by layer from the outside in.
  "attack-surface": [
    {
      doc: "001",
      section: "Attack surface map",
      nodes: [
        "External attacks",
        "DDoS", // box inside external attacks
        "Bot attacks", // box inside external attacks
        "DNS attacks", // box inside external attacks
        "Network layer attacks",
        "Application layer attacks", // grouped as authentication, injection, client-side, server-side, business logic, API-specific
        "Data layer attacks",
        "Infrastructure attacks",
      ],
    },
  ],

  // CQRS where the write side appends events to a log and a projector builds the read database.
  "cqrs-event-sourcing": [
    {
      doc: "001",
      section: "CQRS with event sourcing",
      nodes: [
        "Client (write)", // POST /orders, a command
        "Client (read)", // GET /orders, a query
        "Command service", // validates business rules, appends events
        "Event store", // append-only log (OrderCreated, OrderPaid, OrderShipped)
        "Projector", // fed by the event stream (Kafka/EventStore), builds read models
        "Read DB", // denormalized
        "Query service", // selects from the read model
      ],
    },
  ],
};

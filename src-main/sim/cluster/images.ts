/**
 * Image references and the catalogue of images the simulated registry serves. Parsing follows
 * distribution/reference (ParseNormalizedNamed): `nginx` is `docker.io/library/nginx:latest`;
 * an uppercase repository is "repository name must be lowercase". An image outside the catalogue
 * fails to pull, as a typo'd or private image does on a real cluster.
 */

export interface ImageRef {
  /** As written in the pod spec. */
  raw: string;
  /** `docker.io`, `registry.k8s.io`, `quay.io`... */
  domain: string;
  /** `library/nginx`, `jpetazzo/clock`, `coredns/coredns`. */
  path: string;
  tag: string;
  digest?: string;
  /** `docker.io/library/nginx:latest`: what containerd reports as the image. */
  normalized: string;
}

export type ParseResult = { ok: true; ref: ImageRef } | { ok: false; error: string };

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$`);

export function parseImage(raw: string): ParseResult {
  const m = REFERENCE.exec(raw);
  if (!m) {
    // As reference.Parse: if the lowercased text parses, the fault is the case.
    if (raw !== '' && REFERENCE.test(raw.toLowerCase())) return { ok: false, error: 'invalid reference format: repository name must be lowercase' };
    return { ok: false, error: 'invalid reference format' };
  }
  const name = m[1]!;
  const first = name.split('/')[0]!;
  const hasDomain = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const domain = hasDomain ? first : 'docker.io';
  let path = hasDomain ? name.slice(first.length + 1) : name;
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  const tag = m[2] ?? 'latest';
  const digest = m[3];
  const normalized = `${domain}/${path}${m[2] || !digest ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { ok: true, ref: { raw, domain, path, tag, digest, normalized } };
}

/** What a known image runs by default, for the process model. */
export type ImageProfile = 'shell' | 'nginx' | 'httpd' | 'redis' | 'database' | 'runtime' | 'server' | 'hello' | 'worker';

export interface CatalogueEntry {
  /** `docker.io/library/nginx`, or a prefix ending in `/*` (`docker.io/jpetazzo/*`). */
  name: string;
  sizeBytes: number;
  profile: ImageProfile;
}

/**
 * The public images drills and the notes use. Kept as data: adding an image is one line.
 * Sizes are the compressed sizes kubelet reports for linux/amd64.
 */
export const IMAGE_CATALOGUE: readonly CatalogueEntry[] = [
  { name: 'docker.io/library/nginx', sizeBytes: 72_188_133, profile: 'nginx' },
  { name: 'docker.io/library/httpd', sizeBytes: 58_203_511, profile: 'httpd' },
  { name: 'docker.io/library/redis', sizeBytes: 45_040_164, profile: 'redis' },
  { name: 'docker.io/library/alpine', sizeBytes: 3_652_536, profile: 'shell' },
  { name: 'docker.io/library/busybox', sizeBytes: 2_166_802, profile: 'shell' },
  { name: 'docker.io/library/ubuntu', sizeBytes: 29_754_422, profile: 'shell' },
  { name: 'docker.io/library/debian', sizeBytes: 48_494_272, profile: 'shell' },
  { name: 'docker.io/library/centos', sizeBytes: 79_659_011, profile: 'shell' },
  { name: 'docker.io/library/fedora', sizeBytes: 58_922_031, profile: 'shell' },
  { name: 'docker.io/library/mysql', sizeBytes: 172_306_842, profile: 'database' },
  { name: 'docker.io/library/mariadb', sizeBytes: 116_720_003, profile: 'database' },
  { name: 'docker.io/library/postgres', sizeBytes: 158_516_349, profile: 'database' },
  { name: 'docker.io/library/mongo', sizeBytes: 266_830_171, profile: 'database' },
  { name: 'docker.io/library/memcached', sizeBytes: 33_187_551, profile: 'server' },
  { name: 'docker.io/library/rabbitmq', sizeBytes: 93_118_208, profile: 'server' },
  { name: 'docker.io/library/elasticsearch', sizeBytes: 641_021_882, profile: 'server' },
  { name: 'docker.io/library/kibana', sizeBytes: 402_118_301, profile: 'server' },
  { name: 'docker.io/library/logstash', sizeBytes: 398_771_015, profile: 'server' },
  { name: 'docker.io/library/node', sizeBytes: 399_284_770, profile: 'runtime' },
  { name: 'docker.io/library/python', sizeBytes: 386_440_129, profile: 'runtime' },
  { name: 'docker.io/library/golang', sizeBytes: 300_117_652, profile: 'runtime' },
  { name: 'docker.io/library/openjdk', sizeBytes: 326_413_290, profile: 'runtime' },
  { name: 'docker.io/library/eclipse-temurin', sizeBytes: 196_120_452, profile: 'runtime' },
  { name: 'docker.io/library/ruby', sizeBytes: 367_222_100, profile: 'runtime' },
  { name: 'docker.io/library/php', sizeBytes: 191_772_418, profile: 'server' },
  { name: 'docker.io/library/wordpress', sizeBytes: 254_917_771, profile: 'server' },
  { name: 'docker.io/library/traefik', sizeBytes: 54_105_622, profile: 'server' },
  { name: 'docker.io/library/caddy', sizeBytes: 20_466_342, profile: 'server' },
  { name: 'docker.io/library/haproxy', sizeBytes: 39_551_284, profile: 'server' },
  { name: 'docker.io/library/registry', sizeBytes: 9_995_312, profile: 'server' },
  { name: 'docker.io/library/hello-world', sizeBytes: 3_924, profile: 'hello' },
  { name: 'docker.io/library/tomcat', sizeBytes: 198_224_581, profile: 'server' },
  { name: 'docker.io/library/jenkins', sizeBytes: 296_018_331, profile: 'server' },
  { name: 'docker.io/jenkins/jenkins', sizeBytes: 296_018_331, profile: 'server' },
  { name: 'docker.io/grafana/grafana', sizeBytes: 142_804_109, profile: 'server' },
  { name: 'docker.io/prom/prometheus', sizeBytes: 113_005_228, profile: 'server' },
  { name: 'docker.io/curlimages/curl', sizeBytes: 11_935_441, profile: 'shell' },
  { name: 'docker.io/nicolaka/netshoot', sizeBytes: 194_034_221, profile: 'shell' },
  { name: 'docker.io/nginxdemos/hello', sizeBytes: 25_012_004, profile: 'nginx' },
  { name: 'docker.io/jpetazzo/*', sizeBytes: 5_212_040, profile: 'server' },
  { name: 'docker.io/dockercoins/*', sizeBytes: 31_402_118, profile: 'worker' },
  { name: 'docker.io/bretfisher/*', sizeBytes: 48_331_120, profile: 'server' },
  { name: 'docker.io/in28min/*', sizeBytes: 114_508_772, profile: 'server' },
  { name: 'docker.io/bitnami/*', sizeBytes: 120_117_310, profile: 'server' },
  { name: 'docker.io/kodekloud/*', sizeBytes: 30_101_221, profile: 'server' },
  { name: 'registry.k8s.io/*', sizeBytes: 27_495_464, profile: 'server' },
  { name: 'k8s.gcr.io/*', sizeBytes: 27_495_464, profile: 'server' },
  { name: 'gcr.io/google-samples/*', sizeBytes: 10_234_551, profile: 'server' },
  { name: 'quay.io/*', sizeBytes: 40_221_770, profile: 'server' },
  { name: 'ghcr.io/*', sizeBytes: 35_118_091, profile: 'server' },
];

/** The catalogue entry serving a reference, or undefined when no registry has it. */
export function lookupImage(ref: ImageRef): CatalogueEntry | undefined {
  const repo = `${ref.domain}/${ref.path}`;
  for (const e of IMAGE_CATALOGUE) {
    if (e.name.endsWith('/*') ? repo.startsWith(e.name.slice(0, -1)) : repo === e.name) return e;
  }
  return undefined;
}

/** Tag words official images publish, alone or joined with `-` (`stable-alpine`, `3.12-slim`). */
const TAG_WORDS = new Set([
  'latest', 'stable', 'mainline', 'alpine', 'slim', 'edge', 'lts', 'current', 'bookworm', 'bullseye', 'buster', 'trixie',
  'jammy', 'noble', 'focal', 'bionic', 'oracle', 'debian', 'ubuntu', 'perl', 'otel', 'jdk', 'jre', 'musl', 'glibc', 'uclibc',
  'windowsservercore', 'nanoserver', 'management', 'fpm', 'apache', 'cli', 'zts', 'rc', 'beta',
]);
const VERSION = /^v?\d+(\.\d+){0,3}$/;
const ALPINE_VERSION = /^alpine\d+(\.\d+)*$/;

/**
 * Whether the registry has this tag. Official (library) images publish versions and a known set of
 * variant words; a tag outside them (`nginx:lates`) is "not found", the classic ImagePullBackOff.
 * Namespaced catalogue entries (`jpetazzo/*`) accept any tag: their tags are free-form.
 */
export function tagExists(ref: ImageRef, entry: CatalogueEntry): boolean {
  if (ref.digest && !ref.raw.includes(':' + ref.tag)) return true;
  if (entry.name.endsWith('/*') || !ref.path.startsWith('library/')) return true;
  return ref.tag.split('-').every((part) => VERSION.test(part) || ALPINE_VERSION.test(part) || TAG_WORDS.has(part) || /^\d+$/.test(part));
}

/** containerd's error for an image no registry serves (a typo, a private image), or a missing tag. */
export function pullError(ref: ImageRef, entry?: CatalogueEntry): string {
  if (entry) {
    return `failed to pull and unpack image "${ref.normalized}": failed to resolve reference "${ref.normalized}": ${ref.normalized}: not found`;
  }
  if (ref.domain === 'docker.io') {
    return `failed to pull and unpack image "${ref.normalized}": failed to resolve reference "${ref.normalized}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
  }
  return `failed to pull and unpack image "${ref.normalized}": failed to resolve reference "${ref.normalized}": ${ref.normalized}: not found`;
}

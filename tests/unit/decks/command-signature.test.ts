import { describe, expect, it } from 'vitest';
import { commandSignature, covers, obsoleteUse, splitWords, type CommandSignature } from '../../../src-main/decks/command-signature';

function sig(line: string): CommandSignature {
  const s = commandSignature(line);
  if (!s) throw new Error(`no signature for ${line}`);
  return s;
}

describe('commandSignature', () => {
  it('folds short names, type/name and long flags into one signature', () => {
    expect(sig('kubectl get po -o wide')).toEqual(sig('kubectl get pods --output=wide'));
    expect(sig('kubectl scale deploy/pingpong --replicas 8')).toEqual(sig('kubectl scale deployments pingpong --replicas=8'));
    expect(sig('kubectl get pods -l app=web')).toEqual({ tool: 'kubectl', verb: 'get', resource: 'pods', flags: ['--selector'] });
  });

  it('ignores where the command connects: namespace flags before or after the verb', () => {
    expect(sig('kubectl -n kube-system get pods')).toEqual(sig('kubectl get pods'));
  });

  it('reads the typos of the notes as the command they meant', () => {
    expect(sig('kuberclt create deplyment web --image=nginx')).toEqual(sig('kubectl create deployment web --image=nginx'));
    expect(sig('kukectl describe pod x').tool).toBe('kubectl');
    expect(sig('docker containers ls -a')).toEqual(sig('docker container ls -a'));
    expect(sig('docker log c666')).toEqual(sig('docker logs c669'));
  });

  it('folds docker short verbs and docker-compose into the management form', () => {
    expect(sig('docker ps -a')).toEqual(sig('docker container ls --all'));
    expect(sig('docker rmi 9228')).toEqual(sig('docker image rm 9228'));
    expect(sig('docker-compose up -d')).toEqual({ tool: 'docker', verb: 'compose up', flags: ['--detach'] });
  });

  it('takes the subcommand into the verb and leaves the resource out of create', () => {
    expect(sig('kubectl create secret generic db --from-literal=a=b')).toEqual({
      tool: 'kubectl',
      verb: 'create secret generic',
      flags: ['--from-literal'],
    });
    expect(sig('kubectl rollout undo deploy worker --to-revision=1').resource).toBe('deployments');
  });

  it('treats placeholders and names as no resource at all', () => {
    expect(sig('kubectl describe type/name').resource).toBeUndefined();
    expect(sig('kubectl apply -f <ruta archivo>.yaml').resource).toBeUndefined();
    expect(sig('kubectl logs web').resource).toBe('pods');
    expect(sig('kubectl logs deploy/web').resource).toBe('deployments');
  });

  it('returns null for prose that only names a tool', () => {
    expect(commandSignature('kubectl es el comando para hablar con la API')).toBeNull();
    expect(commandSignature('docker tenemos redes')).toBeNull();
    expect(commandSignature('git clone repo')).toBeNull();
  });

  it('does not take the flags of a $(...) argument as its own', () => {
    expect(sig('docker inspect -f "{{ .NetworkSettings.IPAddress }}" $(docker ps --filter "name=kind-control-plane" -q)').flags).toEqual(['--format']);
  });

  it('splits quoted words as a shell would', () => {
    expect(splitWords(`kubectl annotate deploy w kubernetes.io/change-cause="imagen v0.2" -o 'json'`)).toEqual([
      'kubectl', 'annotate', 'deploy', 'w', 'kubernetes.io/change-cause=imagen v0.2', '-o', 'json',
    ]);
  });
});

describe('covers', () => {
  it('counts a card that uses more flags than the note as practising it', () => {
    expect(covers(sig('kubectl get pods -o wide'), sig('kubectl get po'))).toBe(true);
  });

  it('does not count a card that lacks a flag of the note, or acts on another resource', () => {
    expect(covers(sig('kubectl get pods'), sig('kubectl get pods -o wide'))).toBe(false);
    expect(covers(sig('kubectl get svc -o wide'), sig('kubectl get pods -o wide'))).toBe(false);
  });

  it('does not require a card to repeat a flag that no longer exists', () => {
    expect(covers(sig('kubectl apply -f x.yaml'), sig('kubectl apply -f file.yaml --record'))).toBe(true);
  });
});

describe('obsoleteUse', () => {
  it('names the removed kubectl flags and Helm 2 commands', () => {
    expect(obsoleteUse(sig('kubectl get deploy/rng -o yaml --export'))).toMatch(/--export/);
    expect(obsoleteUse(sig('kubectl run x --generator=run-pod/v1 --image=y'))).toMatch(/--generator/);
    expect(obsoleteUse(sig('kubectl run elastic --image=elasticsearch:2 --replicas=7'))).toMatch(/create deployment/);
    expect(obsoleteUse(sig('helm init'))).toMatch(/Helm 2/);
    expect(obsoleteUse(sig('helm search prometheus'))).toMatch(/search hub/);
  });

  it('leaves flags that are only gone from other verbs alone', () => {
    expect(obsoleteUse(sig('kubectl create rolebinding v --clusterrole=view --serviceaccount=default:viewer'))).toBeUndefined();
    expect(obsoleteUse(sig('kubectl create deployment e --image=e --replicas=7'))).toBeUndefined();
    expect(obsoleteUse(sig('helm search hub prometheus'))).toBeUndefined();
  });
});

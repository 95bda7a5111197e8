import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Which resolved addresses a request may connect to; true means allowed. */
export type AddressPolicy = (address: string) => boolean;

/** Resolves a host name to its addresses (the system resolver by default; tests pass their own). */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Only public unicast addresses: private, loopback, link-local (cloud metadata at 169.254.169.254),
 * unique-local, carrier-grade NAT, multicast and reserved ranges are refused, IPv4-mapped IPv6 too.
 */
export const publicAddressesOnly: AddressPolicy = (address) => {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
};

export const anyAddress: AddressPolicy = () => true;

export class BlockedAddressError extends Error {
  readonly code = 'blocked-address';
  constructor(host: string, address: string) {
    super(`refused to connect to ${host} (${address}): not a public address`);
    this.name = 'BlockedAddressError';
  }
}

/** The host of a URL as an IP literal (brackets stripped), or undefined for a name. */
export function ipLiteral(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  return ipaddr.isValid(host) ? host : undefined;
}

/**
 * A `lookup` for sockets that checks each resolved address when the connection is made, so a name
 * that resolves to a private address (or changes between check and use) is never connected to.
 */
export function guardedLookup(resolve: Resolver, allowed: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (wanted.length === 0) throw Object.assign(new Error(`no address found for ${hostname}`), { code: 'ENOTFOUND' });
        const blocked = wanted.find((a) => !allowed(a.address));
        if (blocked) throw new BlockedAddressError(hostname, blocked.address);
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0]!.address, wanted[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ''));
  };
}

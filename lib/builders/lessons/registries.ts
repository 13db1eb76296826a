// The Registries lessons the builders link to. One module per learning-path module, so a builder's
// chunk carries only the lessons of the modules it links into.
import { lesson } from './lesson'

export const registryConfig = lesson({ id: 'registryConfig', route: '/registries/running-a-registry/', anchor: 'configure-with-environment-variables', topic: 'configuring a registry' })
export const registryOpenByDefault = lesson({ id: 'registryOpenByDefault', route: '/registries/securing-a-registry/', anchor: 'what-is-open-by-default', topic: 'what an unsecured registry leaves open' })
export const registryCertificate = lesson({ id: 'registryCertificate', route: '/registries/securing-a-registry/', anchor: 'create-a-certificate', topic: 'certificates for a registry' })
export const certsD = lesson({ id: 'certsD', route: '/registries/trusting-certificates/', anchor: 'recommended-certsd', topic: 'trusting a certificate with certs.d' })
export const insecureRegistries = lesson({ id: 'insecureRegistries', route: '/registries/trusting-certificates/', anchor: 'not-recommended-insecure-registries', topic: 'why insecure-registries is dangerous' })

'use client'
// Client component: the MDX map's entries for the builders. Each builder's code is a separate
// chunk loaded only on pages that render it (prerendered on the server all the same); a static
// import here would put every builder on every content page.
import dynamic from 'next/dynamic'

// Separate named exports: a Server Component sees each export of a client module as a reference,
// so an object of components could not be spread into the MDX map.

/** <RunBuilder />, <BuildBuilder />, <CleanupBuilder />: on their tools pages they keep their state
 * in the URL; in a lesson give them example="docker run …" (or preset="…") to start from. */
export const RunBuilder = dynamic(() => import('./RunBuilder'))
export const BuildBuilder = dynamic(() => import('./BuildBuilder'))
export const CleanupBuilder = dynamic(() => import('./CleanupBuilder'))
/** <InspectBuilder />: docker image/container inspect --format, docker ps and image ls tables (preset="…"). */
export const InspectBuilder = dynamic(() => import('./InspectBuilder'))
/** <ImageFilesBuilder />: docker save/load, and flattening with docker export | docker import (preset="…"). */
export const ImageFilesBuilder = dynamic(() => import('./ImageFilesBuilder'))
/** <StorageBuilder preset="…" />: a mount in both syntaxes, shared by containers, backed up. */
export const StorageBuilder = dynamic(() => import('./StorageBuilder'))
/** <LoggingBuilder preset="…" />: log rotation in daemon.json and per container, and docker logs. */
export const LoggingBuilder = dynamic(() => import('./LoggingBuilder'))
/** <DockerfileBuilder preset="go" />: composes a Dockerfile, its .dockerignore and the build command. */
export const DockerfileBuilder = dynamic(() => import('./DockerfileBuilder'))
export const RegistryBuilder = dynamic(() => import('./RegistryBuilder'))
export const NetworkBuilder = dynamic(() => import('./NetworkBuilder'))
/** <ExplainCommand />: paste a docker run or docker build command and see each part explained. */
export const ExplainCommand = dynamic(() => import('./ExplainCommand'))
/** <DockerfileLinter />: paste a Dockerfile and see its problems line by line; in a lesson give it example={`…`}. */
export const DockerfileLinter = dynamic(() => import('./DockerfileLinter'))

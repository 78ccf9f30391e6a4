/**
 * Wire shapes: one record per AWS input and output structure, named as in the AWS API reference. Component
 * names are the members' names in camelCase; the protocol layer's single ObjectMapper maps them to PascalCase.
 * {@code null} components are omitted on the wire; output lists are never {@code null}.
 */
package dev.wsmock.internal.shapes;

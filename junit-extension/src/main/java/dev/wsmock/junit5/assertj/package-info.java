/** AssertJ assertions on a mock, its journal, recorded calls and images; start at {@code WorkSpacesAssertions}. */
package dev.wsmock.junit5.assertj;

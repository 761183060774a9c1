package org.chainchief.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import reactor.test.StepVerifier;

/**
 * The demo accounts sign in with their password, and their hash is checked as it was made: a check that found it
 * "too weak" would hash the password again on every signed-in request.
 */
class DemoAccountsTest extends IntegrationTest {

	@Autowired
	DemoAccounts demo;

	@Test
	void theHashIsCheckedWithTheEncoderThatMadeItSoNoRequestHashesItAgain() {
		String hash = demo.findByUsername("analyst").block(Duration.ofSeconds(30)).getPassword();
		assertThat(DemoAccounts.PASSWORDS.matches(PASSWORD, hash)).isTrue();
		assertThat(DemoAccounts.PASSWORDS.upgradeEncoding(hash)).as("the manager re-hashes when this is true").isFalse();
	}

	@Test
	void theManagerSignsInWithThePasswordAndRefusesAnother() {
		StepVerifier.create(demo.authenticationManager()
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("analyst", PASSWORD)))
			.assertNext(authentication -> assertThat(authentication.isAuthenticated()).isTrue())
			.verifyComplete();
		StepVerifier.create(demo.authenticationManager()
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("analyst", PASSWORD + "x")))
			.expectError(BadCredentialsException.class)
			.verify(Duration.ofSeconds(30));
	}
}

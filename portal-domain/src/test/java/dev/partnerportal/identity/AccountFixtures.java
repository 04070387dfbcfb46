package dev.partnerportal.identity;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists every account, for tests of the features that create accounts (setup, demo data). */
@Component
@Transactional(readOnly = true)
public class AccountFixtures {

    private final PortalUsers users;

    AccountFixtures(PortalUsers users) {
        this.users = users;
    }

    /** Every account, in the repository's order. */
    public List<UserAccount> all() {
        return users.findAll().stream().map(UserAccount::of).toList();
    }
}

//! Who is logged in decides what they may see: the four roles of the portal.

use super::text_enum;

text_enum! {
    /// The role of an account. An employer user always belongs to exactly one employer.
    Role {
        Admin = "admin": "Beheerder" / "Administrator",
        Desk = "desk": "Servicepunt" / "Service desk",
        Employer = "employer": "Werkgever" / "Employer",
        Buddy = "buddy": "Buddy" / "Buddy",
    }
}

impl Role {
    /// The page a user of this role lands on after logging in.
    pub fn home_path(self) -> &'static str {
        match self {
            Role::Admin => "/beheer",
            Role::Desk => "/balie",
            Role::Employer => "/werkgever",
            Role::Buddy => "/buddy",
        }
    }

    /// Desk work (candidates, proposals, placements) is open to desk staff and admins.
    pub fn is_desk_staff(self) -> bool {
        matches!(self, Role::Desk | Role::Admin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_homes_differ() {
        let mut homes = std::collections::HashSet::new();
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(*role));
            assert!(homes.insert(role.home_path()));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn only_desk_and_admin_are_desk_staff() {
        assert!(Role::Desk.is_desk_staff());
        assert!(Role::Admin.is_desk_staff());
        assert!(!Role::Employer.is_desk_staff());
        assert!(!Role::Buddy.is_desk_staff());
    }
}

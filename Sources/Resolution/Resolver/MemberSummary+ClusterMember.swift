/// Summaries of cluster members for reports and the review UI.
extension MemberSummary {
    /// The member's names, phones and emails exactly as stored (not normalized), so a reviewer
    /// sees what the CRM holds.
    public init(member: ClusterMember) {
        self.init(
            customerID: member.id,
            firstName: member.fields.firstName ?? "",
            lastName: member.fields.lastName ?? "",
            phones: member.fields.phones,
            emails: member.fields.emails,
            birthday: member.fields.birthday,
            company: member.fields.companyName
        )
    }
}

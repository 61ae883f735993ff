#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The number of processors online, without Foundation.
enum ProcessorCount {
    static var online: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}

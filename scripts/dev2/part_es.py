# Spanish messages of development set 2.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("es-01-acceso-formal", "María Dolores Fernández Ruiz <mdolores.fernandez@correo.example>", "Ejercicio del derecho de acceso",
    """A la atención del Delegado de Protección de Datos:

Dña. María Dolores Fernández Ruiz, mayor de edad, con DNI 12345678-Z y domicilio en calle
Alcalá 145, 3º B, 28009 Madrid, por medio del presente escrito ejerce el derecho de acceso
previsto en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica
3/2018 (LOPDGDD).

SOLICITA que se le facilite gratuitamente el acceso a sus datos personales tratados por Acme
Style y el programa Style Club, incluyendo el origen de los datos, los fines del tratamiento y
las comunicaciones realizadas o previstas a terceros.

En Madrid, a 15 de noviembre de 2026.

Fdo.: María Dolores Fernández Ruiz""",
    R(["Access"], "mdolores.fernandez@correo.example", "María Dolores", "Fernández Ruiz"))

add("es-02-borrar-match", "Álvaro Jiménez <alvaro.jimenez@correo.example>", "borrar cuenta",
    """Hola buenas,

Quiero que borréis mi cuenta de Acme Match y todo lo que tengáis mío (fotos, chats...). Ya
he desinstalado la app pero me siguen llegando notificaciones al correo.

Gracias
Álvaro""",
    R(["Erasure"], "alvaro.jimenez@correo.example", "Álvaro", "Jiménez"))

add("es-03-baja-newsletter", "Lucía Navarro Gil <lucia.navarro@correo.example>", "Baja de la newsletter",
    """Hola,

Por favor, dadme de baja de la newsletter de Acme Style y de los SMS promocionales. El enlace de
baja del correo da error 404.

Un saludo,
Lucía Navarro""",
    R(["Opposition"], "lucia.navarro@correo.example", "Lucía", "Navarro Gil"))

add("es-04-apellido-tilde", "Javier Gómez Sáenz <javier.gomez@correo.example>", "Error en mis apellidos",
    """Buenos días:

En mi cuenta de cliente mis apellidos aparecen como "Gomez Saenz", sin tildes, y además el
segundo a veces sale como "Sanz". Los correctos son Gómez Sáenz. Me ha dado problemas al recoger
un paquete en una oficina de correos porque no coincidía con mi DNI.

¿Pueden corregirlo, por favor?

Atentamente,
Javier Gómez Sáenz""",
    R(["Rectification"], "javier.gomez@correo.example", "Javier", "Gómez Sáenz"))

add("es-05-portabilidad-json", "Pablo Herrera <pablo.herrera@correo.example>", "Solicitud de portabilidad (art. 20 RGPD)",
    """Hola,

Solicito, conforme al artículo 20 del RGPD, que me enviéis mis datos de Acme Play (historial
de reproducción, listas, "me gusta") en un formato estructurado, de uso común y lectura
mecánica, tipo JSON o CSV. Quiero usarlos con otra plataforma.

Gracias de antemano,
Pablo Herrera""",
    R(["Portability"], "pablo.herrera@correo.example", "Pablo", "Herrera"))

add("es-06-limitacion-no-supresion", "Cristina Ortega Vidal <cristina.ortega@correo.example>", "Limitación del tratamiento",
    """Estimados señores:

Considero que han tratado mis datos de forma ilícita al incluirme en una campaña de
"reactivación" de clientes inactivos sin mi consentimiento. Aunque podría pedir la supresión,
prefiero que NO se borren, ya que voy a presentar una reclamación ante la AEPD y los necesito
como prueba.

Por ello, al amparo del artículo 18.1.b) del RGPD, solicito la limitación del tratamiento de mis
datos personales.

Atentamente,
Cristina Ortega Vidal""",
    R(["Restriction"], "cristina.ortega@correo.example", "Cristina", "Ortega Vidal"))

add("es-07-perfil-oculto", "Sergio Castillo <sergio.castillo@correo.example>", "Mi perfil ya no aparece a nadie",
    """Hola,

Desde hace dos semanas no recibo ni un solo "like" en Acme Match, cuando antes tenía varios al
día. Una amiga me ha buscado y no le salgo. Por lo que he leído, vuestro algoritmo "oculta" a la
gente automáticamente cuando decide que tiene poca "calidad" o algo así.

Si es eso, quiero que una persona revise mi caso y me explique por qué se ha tomado esa decisión.
No he incumplido ninguna norma.

Sergio""",
    R(["AutomatedDecision"], "sergio.castillo@correo.example", "Sergio", "Castillo"))

add("es-08-info-tarjeta", "Rosa María Delgado <rosamaria.delgado@correo.example>", "Dudas sobre la tarjeta Style Club",
    """Buenas tardes:

Me han ofrecido en tienda la tarjeta Style Club. Antes de darme de alta me gustaría saber:
¿qué datos recogéis cuando la paso por caja?, ¿los compartís con otras empresas del grupo o con
terceros?, ¿los usáis para enviarme publicidad personalizada?

Muchas gracias.
Rosa María Delgado""",
    R(["Information"], "rosamaria.delgado@correo.example", "Rosa María", "Delgado"))

add("es-09-abogado", "Ignacio Prieto Lozano <iprieto@prieto-abogados.example>", "Derecho de acceso - D. Manuel Romero Serrano",
    """Muy Sres. míos:

Me dirijo a Vds. en nombre y representación de D. Manuel Romero Serrano, con DNI 87654321-X,
según poder que se adjunta, en relación con la reclamación que mantiene con Acme Style por el
pedido AS-6630012.

Al amparo del artículo 15 del RGPD, les requiero para que faciliten copia de todos los datos
personales de mi representado, incluidas las grabaciones de las llamadas realizadas al servicio
de atención al cliente entre septiembre y noviembre de 2026 y los correos intercambiados.

Atentamente,

Ignacio Prieto Lozano
Abogado - Colegiado 45.678 ICAM
Prieto & Lozano Abogados""",
    R(["Access"], "iprieto@prieto-abogados.example", "Manuel", "Romero Serrano", representative="Ignacio Prieto Lozano"))

add("es-10-madre-fallecida", "Elena Martín <elena.martin@correo.example>", "Cuenta de mi madre fallecida",
    """Hola,

Mi madre, Carmen Sánchez Prieto, falleció en julio. Siguen llegando a su correo (que gestiono
yo) ofertas de Acme Style y felicitaciones de cumpleaños del Style Club, lo cual es bastante
doloroso.

Por favor, eliminen su cuenta y dejen de enviarle publicidad. Puedo aportar el certificado de
defunción y el libro de familia si es necesario.

Elena Martín Sánchez""",
    R(["Erasure", "Opposition"], "elena.martin@correo.example", "Carmen", "Sánchez Prieto",
      representative="Elena Martín Sánchez"))

add("es-11-pedido-incompleto", "Diego Romero <diego.romero@correo.example>", "Pedido incompleto",
    """Hola, me ha llegado el pedido AS-8812044 pero falta una de las dos camisetas. En el albarán
aparecen las dos. ¿Me la enviáis o me devolvéis el dinero? Gracias. Diego""",
    R(["Unknown"], "diego.romero@correo.example", "Diego", "Romero"))

add("es-12-no-puedo-entrar", "Marta Iglesias <marta.iglesias@correo.example>", "No puedo iniciar sesión",
    """Hola, desde la última actualización la app de Acme Play me dice "error de autenticación"
cada vez que intento entrar. Ya he reinstalado y nada. ¿Qué hago?
Marta""",
    R(["Unknown"], "marta.iglesias@correo.example", "Marta", "Iglesias"))

add("es-13-compañeros-trabajo", "Beatriz Molina <beatriz.molina@correo.example>", "Estoy muy enfadada",
    """Buenas,

Os escribo bastante alterada. Hace un mes me apunté a Acme Match. La semana pasada un compañero
de trabajo me dijo, delante de otros, que me había "visto en la app". Resulta que la aplicación
me mostraba a gente a 500 metros, es decir, a toda mi oficina, aunque yo había puesto que no
quería que me vieran contactos del trabajo (vinculé mi LinkedIn precisamente para eso).

Lo he pasado fatal, la mitad de la planta lo sabe. He ocultado el perfil.

Quiero saber exactamente qué datos míos tenéis, incluido lo que importasteis de LinkedIn, y a
quién se los habéis mostrado o enviado. Por escrito.

Y que alguien me explique cómo funciona esa opción que claramente no funciona.

Beatriz Molina""",
    R(["Access"], "beatriz.molina@correo.example", "Beatriz", "Molina"))

add("es-14-acceso-y-rectif", "Andrés Vázquez Peña <andres.vazquez@correo.example>", "Consulta y corrección de datos",
    """Buenos días,

Me gustaría recibir una copia de los datos personales que tienen sobre mí. Además, el teléfono
que figura en mi cuenta (600 11 22 33) ya no es mío; el actual es 611 44 55 66. Les ruego que lo
actualicen.

Saludos cordiales,
Andrés Vázquez Peña""",
    R(["Access", "Rectification"], "andres.vazquez@correo.example", "Andrés", "Vázquez Peña"))

add("es-15-llamadas", "Francisco Torres <paco.torres@correo.example>", "Llamadas comerciales",
    """Hola. Me llaman casi a diario de un número que dice ser de Acme para ofrecerme pasar a
Acme Play Premium. No quiero borrar mi cuenta ni nada de eso, pero me opongo a que usen mi
teléfono para llamadas comerciales. Que no me llamen más, por favor.

Francisco Torres""",
    R(["Opposition"], "paco.torres@correo.example", "Francisco", "Torres"))

add("es-16-minusculas", "nereagarcia01@correo.example", "datos",
    """borren mis datos ya no uso la app gracias
nerea""",
    R(["Erasure"], "nereagarcia01@correo.example", "Nerea", None))

add("es-17-grabaciones", "Joaquín Rubio <joaquin.rubio@correo.example>", "Grabaciones de llamadas",
    """Hola,

Cuando llamé a atención al cliente una locución dijo que la llamada "podía ser grabada".
¿Para qué se usan esas grabaciones, quién las escucha y cuánto tiempo las guardan?

Saludos,
Joaquín Rubio""",
    R(["Information"], "joaquin.rubio@correo.example", "Joaquín", "Rubio"))

add("es-18-orientacion", "Daniel Ramos <daniel.ramos@correo.example>", "Retiro mi consentimiento",
    """Hola:

Al registrarme en Acme Match acepté que tratarais mi orientación sexual. Retiro ese
consentimiento para cualquier uso que no sea estrictamente mostrarme perfiles: nada de
estadísticas, publicidad ni "mejoras del servicio". Tengo derecho a ello.

Daniel Ramos""",
    R(["Opposition"], "daniel.ramos@correo.example", "Daniel", "Ramos"))

add("es-19-reenvio-compañera", "Silvia Cano <silvia.cano@acme-corp.example>", "RV: Solicitud de mis datos y baja definitiva",
    """Hola equipo de privacidad,

Os reenvío este correo que ha llegado a atención al cliente España. Gracias.

Silvia Cano
Atención al Cliente

-----Mensaje original-----
De: Jorge Medina Ferrer <jorge.medina@correo.example>
Enviado el: domingo, 15 de noviembre de 2026 22:10
Para: atencion@acme-corp.example
Asunto: Solicitud de mis datos y baja definitiva

Quiero una copia de toda la información que tenéis sobre mí y, una vez enviada, que borréis
mi cuenta definitivamente.
Jorge Medina Ferrer""",
    R(["Access", "Erasure"], "jorge.medina@correo.example", "Jorge", "Medina Ferrer"))

add("es-20-que-datos", "Inmaculada Flores <inma.flores@correo.example>", "Consulta",
    """Buenas, quisiera saber qué datos personales míos tienen ustedes. Gracias.
Inma Flores""",
    R(["Access"], "inma.flores@correo.example", "Inma", "Flores"))

add("es-21-task-agencia-latam", "Raúl Domínguez <raul.dominguez@acme-corp.example>", "Contrato agencia Bogotá",
    """Hola,

Marketing va a contratar a una agencia de Bogotá (Creativa Andina) para gestionar las campañas
de email de Acme Style en Latinoamérica y España. Tendrían acceso a la base de datos de clientes.
¿Podéis revisar el contrato y decirnos qué hay que añadir por la transferencia internacional?

Raúl Domínguez
Legal & Compliance""",
    TASK("raul.dominguez@acme-corp.example", "Raúl", "Domínguez"))

add("es-22-task-eipd-recos", "Laura Serrano <laura.serrano@acme-corp.example>", "¿Hace falta EIPD para el nuevo recomendador?",
    """Hola,

Estamos desarrollando un nuevo motor de recomendaciones para Acme Play que cruzará el
historial de escucha con las compras de Acme Style para sugerir "looks" asociados a artistas.
¿Necesitamos una evaluación de impacto? Si es así, ¿podéis empezarla con nosotros?

Laura Serrano
Data Science Lead""",
    TASK("laura.serrano@acme-corp.example", "Laura", "Serrano"))

add("es-23-task-sorteo", "Pilar Méndez <pilar.mendez@acme-corp.example>", "bases sorteo Instagram",
    """Buenas,

Vamos a hacer un sorteo en Instagram para la campaña de Navidad (pedimos nombre, email y
teléfono a los participantes). ¿Me podéis revisar la cláusula de protección de datos de las
bases antes del viernes? Os la paso en el documento adjunto.

Pilar
Social Media""",
    TASK("pilar.mendez@acme-corp.example", "Pilar", "Méndez"))

add("es-24-inc-movil-metro", "Alejandro Cruz <alejandro.cruz@acme-corp.example>", "me han robado el móvil",
    """Hola,

Esta mañana en el metro, línea 1, me han robado el móvil de empresa del bolsillo. Tenía el
correo corporativo y la app de gestión de tiendas, donde se ven los datos de los clientes Style
Club que hacen reservas en tienda. Ya he llamado a IT para que lo bloqueen. Voy a poner la
denuncia por la tarde.

Alejandro Cruz
Encargado tienda Madrid-Sol""",
    INC("alejandro.cruz@acme-corp.example", "Alejandro", "Cruz"))

add("es-25-inc-whatsapp", "Noelia Suárez <noelia.suarez@acme-corp.example>", "Error al enviar un archivo",
    """Buenos días,

Ayer por la noche quise mandar a mi jefa por WhatsApp la hoja con las incidencias de
devoluciones de la semana (nombres de clientes, teléfonos y direcciones, unas 60 filas) y lo
envié sin darme cuenta al grupo de padres del colegio de mi hijo. Lo borré "para todos" a los
diez minutos, pero no sé si alguien lo descargó.

Perdón. ¿Qué tengo que hacer?

Noelia Suárez""",
    INC("noelia.suarez@acme-corp.example", "Noelia", "Suárez"))

add("es-26-inc-chats-ajenos", "Mónica Reyes <monica.reyes@correo.example>", "Veo conversaciones que no son mías",
    """Hola,

Después de actualizar Acme Match, en mi bandeja de mensajes aparecen conversaciones entre otras
dos personas que yo no conozco, con fotos y números de teléfono. Me parece gravísimo. Adjunto
captura (he tapado los datos).

Mónica Reyes""",
    INC("monica.reyes@correo.example", "Mónica", "Reyes"))

add("es-27-inc-carta", "Esteban Vidal <esteban.vidal@acme-corp.example>", "Envío de cartas con datos cruzados",
    """Hola,

Os aviso de algo que hemos detectado en logística: en el lote de cartas de renovación de la
tarjeta Style Club Oro que salió el martes, la imprenta cruzó los datos y unas 200 cartas
llevan en el interior el nombre, dirección y saldo de puntos de otro cliente. Ya ha llamado un
cliente quejándose.

Esteban Vidal
Responsable de Operaciones""",
    INC("esteban.vidal@acme-corp.example", "Esteban", "Vidal"))

add("es-28-fu-aepd", "Ricardo Pascual <ricardo.pascual@correo.example>", "RE: [DSR-84410] Hemos recibido su solicitud",
    """Buenas,

Ha pasado más de un mes desde su acuse de recibo y no he recibido nada. Si no tengo respuesta
esta semana presentaré una reclamación ante la Agencia Española de Protección de Datos.

Ricardo Pascual""",
    FU("84410", "ricardo.pascual@correo.example", "Ricardo", "Pascual"))

add("es-29-fu-abogado", "Ignacio Prieto Lozano <iprieto@prieto-abogados.example>", "RE: Derecho de acceso - D. Manuel Romero Serrano",
    """Muy Sres. míos:

En relación con mi escrito anterior, les comunico que mi representado ha cambiado de domicilio.
Les ruego que remitan la documentación a este despacho, c/ Serrano 88, 28006 Madrid.

Atentamente,
Ignacio Prieto Lozano""",
    FU(ref("es-09-abogado"), "iprieto@prieto-abogados.example", "Ignacio", "Prieto Lozano"),
    headers=irt("es-09-abogado"))

add("es-30-fu-gracias", "Teresa Blanco <teresa.blanco@correo.example>", "Re: [DSR-80127] Su solicitud ha sido atendida",
    """Muchas gracias, he comprobado que ya no recibo correos. Todo correcto.
Teresa""",
    FU("80127", "teresa.blanco@correo.example", "Teresa", "Blanco"))

add("es-31-spam-herencia", "Barrister James Okoro <j.okoro.chambers@legal-inherit.example>", "Herencia pendiente - contacto urgente",
    """Estimado/a:

Soy el abogado del difunto Sr. Antonio Acme, ciudadano español que falleció en un accidente en
Lomé dejando un depósito de 7.500.000 USD sin herederos. Al compartir usted el apellido, le
propongo presentarle como beneficiario. Todo es 100% legal.

Responda con sus datos completos y número de teléfono.

Barrister James Okoro""",
    IGN("spam", "j.okoro.chambers@legal-inherit.example"),
    headers=SPAM_HDR)

add("es-32-spam-seo", "Posicionamiento Top <info@posiciona-top.example>", "Su web en la primera página de Google",
    """Hola,

Hemos analizado su web y tiene 37 errores de SEO que le hacen perder clientes cada día. Por
solo 99 €/mes le garantizamos la primera página de Google.

¿Le llamamos sin compromiso?

Para no recibir más comunicaciones y que eliminemos sus datos, responda BAJA.""",
    IGN("spam", "info@posiciona-top.example"))

add("es-33-fuera-oficina", "Gonzalo Ferrer <gonzalo.ferrer@asesoria.example>", "Respuesta automática: Fuera de la oficina",
    """Estaré fuera de la oficina hasta el 24 de noviembre sin acceso al correo. Para asuntos urgentes
contacte con recepcion@asesoria.example.

Un saludo,
Gonzalo Ferrer""",
    IGN("auto_reply", "gonzalo.ferrer@asesoria.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("es-34-boletin", "Boletín Protección de Datos <boletin@protecciondatos-news.example>", "Boletín semanal: novedades AEPD",
    """BOLETÍN SEMANAL DE PROTECCIÓN DE DATOS

- La AEPD sanciona a una app de citas por no atender el derecho de supresión
- Guía práctica: cookies y consentimiento en comercio electrónico
- Próximo webinar: el DPO en grupos empresariales

Si no desea recibir este boletín, puede darse de baja aquí: https://protecciondatos-news.example/baja""",
    IGN("bulk", "boletin@protecciondatos-news.example"),
    headers=["List-Unsubscribe: <https://protecciondatos-news.example/baja>", "Precedence: bulk"])
